package run.limber.deploy.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Security headers on every response: the web UI's, the API's, static files' and errors'; and the attributes of every
 * cookie Limber sets. Its cookies identify sessions (Vaadin's {@code JSESSIONID}, the web UI's {@code limber_session}),
 * so scripts never need them: they are {@code HttpOnly} and, unless they say otherwise, {@code SameSite=Lax}.
 * Behind TLS (scheme https, as Quarkus reads it, from forwarding headers too when proxy forwarding is on) responses
 * add HSTS and cookies are {@code Secure}, which a plain-HTTP install on localhost could not use. Quarkus'
 * {@code quarkus.http.same-site-cookie} settings do not reach the servlet container's cookies, hence this.
 */
@ApplicationScoped
class SecurityHeaders {

    /**
     * What Vaadin needs: its bootstrap page runs inline scripts and its components use inline styles and eval; images
     * and fonts may be data: URLs; the push channel is a same-origin connection.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private static final Pattern HTTP_ONLY = attribute("HttpOnly");
    private static final Pattern SAME_SITE = attribute("SameSite");
    private static final Pattern SECURE = attribute("Secure");

    /** Before every other route, so that no response leaves without the headers. */
    private static final int FIRST = Integer.MIN_VALUE;

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::onRequest);
    }

    private void onRequest(RoutingContext context) {
        boolean tls = "https".equals(context.request().scheme());
        context.addHeadersEndHandler(ignored -> addHeaders(context.response(), tls));
        context.next();
    }

    private static void addHeaders(HttpServerResponse response, boolean tls) {
        var headers = response.headers();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        if (tls) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        List<String> cookies = headers.getAll(HttpHeaders.SET_COOKIE);
        headers.remove(HttpHeaders.SET_COOKIE);
        cookies.forEach(cookie -> headers.add(HttpHeaders.SET_COOKIE, harden(cookie, tls)));
    }

    static String harden(String setCookie, boolean tls) {
        String cookie = setCookie;
        if (!HTTP_ONLY.matcher(cookie).find()) {
            cookie += "; HttpOnly";
        }
        if (!SAME_SITE.matcher(cookie).find()) {
            cookie += "; SameSite=Lax";
        }
        if (tls && !SECURE.matcher(cookie).find()) {
            cookie += "; Secure";
        }
        return cookie;
    }

    /** A cookie attribute, as in {@code ; HttpOnly;} or {@code ; SameSite=Strict}, in any case. */
    private static Pattern attribute(String name) {
        return Pattern.compile(";\\s*" + name + "\\s*(=|;|$)", Pattern.CASE_INSENSITIVE);
    }
}
