package run.limber.admin.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.WebSessions;

/**
 * Logging out from the admin area: ends the web session, audits it, expires the session cookie and
 * loads the home page. The runner area's {@code WebLogin} does the same; the two UIs share no code
 * (see decisions.md), and these few lines are cheaper to keep twice than a shared kit.
 */
@ApplicationScoped
class AdminSignOut {

    private final WebSessions sessions;
    private final AccountService accounts;
    private final SecurityIdentity identity;

    AdminSignOut(WebSessions sessions, AccountService accounts, SecurityIdentity identity) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.identity = identity;
    }

    void signOut() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (!identity.isAnonymous()) {
            accounts.loggedOut(request.getRemoteAddr());
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            Arrays.stream(cookies).filter(cookie -> WebSessions.COOKIE.equals(cookie.getName()))
                    .forEach(cookie -> sessions.end(cookie.getValue()));
        }
        if (VaadinResponse.getCurrent() instanceof HttpServletResponse response) {
            response.addHeader("Set-Cookie", WebSessions.COOKIE + "=; Path=/; HttpOnly; SameSite=Lax"
                    + (request.isSecure() ? "; Secure" : "") + "; Max-Age=0");
        }
        UI.getCurrent().getPage().setLocation("./");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
