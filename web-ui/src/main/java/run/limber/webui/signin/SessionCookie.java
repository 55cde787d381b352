package run.limber.webui.signin;

import run.limber.domain.accounts.WebSessions;

/**
 * The {@code Set-Cookie} values of the web session cookie: unreadable by scripts, not sent with
 * requests other sites start (SameSite=Lax), HTTPS-only when the site is served over HTTPS, and
 * without an expiry, so the browser forgets it when it closes.
 */
final class SessionCookie {

    private SessionCookie() {
    }

    static String of(String token, boolean secure) {
        return WebSessions.COOKIE + "=" + token + attributes(secure);
    }

    /** Replaces the cookie with an empty one that has already expired. */
    static String cleared(boolean secure) {
        return WebSessions.COOKIE + "=" + attributes(secure) + "; Max-Age=0";
    }

    private static String attributes(boolean secure) {
        return "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
