package run.limber.webui.signin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.WebSessions;

/**
 * Signs this browser in and out from Vaadin's pages (after registering, after a password change, on
 * signing out), the admin area included; with {@link SignInPost}, which signs in from the sign-in
 * form, the only code that writes the {@code limber_session} cookie. The HTTP layer turns that cookie into the request's identity on
 * every request. A request only gets its identity when it starts, so both directions end with a full
 * page load that builds the pages again for the new identity.
 */
@ApplicationScoped
public class WebLogin {

    private final WebSessions sessions;
    private final AccountService accounts;
    private final SecurityIdentity identity;

    WebLogin(WebSessions sessions, AccountService accounts, SecurityIdentity identity) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.identity = identity;
    }

    /**
     * Starts a web session for an account whose credentials were just checked, then loads
     * {@code destination} (a path relative to Limber's base address, see
     * {@link run.limber.webui.base.ContinuePath}).
     */
    public void signIn(long accountId, String destination) {
        String token = sessions.start(accountId);
        // A new HTTP session id, so a session id planted in the browser before signing in is worthless after it.
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        addCookie(SessionCookie.of(token, VaadinRequest.getCurrent().isSecure()));
        UI.getCurrent().getPage().setLocation(destination.isEmpty() ? "./" : destination);
    }

    /**
     * Swaps this browser's web session for a new one, without a page load; for after a password
     * change, which ends every session of the account, this one included.
     */
    public void renewSession(long accountId) {
        sessionToken().ifPresent(sessions::end);
        addCookie(SessionCookie.of(sessions.start(accountId), VaadinRequest.getCurrent().isSecure()));
    }

    /** Ends the web session (audited as a logout) and returns to the home page, signed out. */
    public void signOut() {
        // A session that idled out has no identity left to audit; the browser is cleared all the same.
        if (!identity.isAnonymous()) {
            accounts.loggedOut();
        }
        sessionToken().ifPresent(sessions::end);
        forgetBrowser();
    }

    /**
     * Clears what this browser holds of a session that has ended on the server, for instance when
     * the account was just deleted, and returns to the home page.
     */
    public void forgetBrowser() {
        addCookie(SessionCookie.cleared(VaadinRequest.getCurrent().isSecure()));
        UI.getCurrent().getPage().setLocation("./");
        VaadinSession.getCurrent().getSession().invalidate();
    }

    private static Optional<String> sessionToken() {
        Cookie[] cookies = VaadinRequest.getCurrent().getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> WebSessions.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    /**
     * Written as a header rather than through {@code addCookie}, so SameSite is sent whatever the
     * servlet layer supports; added, not set, to keep the new HTTP session's own cookie.
     */
    private static void addCookie(String header) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response instanceof HttpServletResponse http) {
            http.addHeader("Set-Cookie", header);
        } else {
            throw new IllegalStateException("Signing in needs a servlet response, not " + response);
        }
    }
}
