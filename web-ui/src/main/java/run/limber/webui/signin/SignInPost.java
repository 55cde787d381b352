package run.limber.webui.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.InvalidCredentialsException;
import run.limber.domain.accounts.TooManyAttemptsException;
import run.limber.domain.accounts.WebSessions;
import run.limber.domain.shared.UnavailableException;
import run.limber.webui.base.ContinuePath;

/**
 * Signs in from the sign-in page's form, an ordinary HTML form posted to {@code /login}, so signing in needs none of
 * the client's scripts. Either way the answer is a redirect (303): on to the page the visitor wanted, with the session
 * cookie, or back to the sign-in page with the reason ({@link SignInFailure}). Other requests to {@code /login} go on
 * to Vaadin, which draws the page.
 */
@WebFilter(urlPatterns = "/" + ContinuePath.LOGIN, asyncSupported = true)
class SignInPost extends HttpFilter {

    /** An email and a password fill a few hundred bytes; a larger body is refused before it is read. */
    private static final long MAX_BODY = 4096;
    /** What a browser says of a request from a page of this site, or typed in or bookmarked. */
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final AccountService accounts;
    private final WebSessions sessions;

    SignInPost(AccountService accounts, WebSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() < 0 || request.getContentLengthLong() > MAX_BODY) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "A sign-in is an email and a password.");
        } else if (!fromThisSite(request)) {
            // Signing a victim's browser in to an attacker's account (login CSRF) needs a post from another site.
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Sign in on Limber's own sign-in page.");
        } else {
            signIn(request, response);
        }
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response) {
        String destination = ContinuePath.safe(request.getParameter(ContinuePath.PARAMETER));
        String email = Objects.requireNonNullElse(request.getParameter("email"), "").strip();
        String password = Objects.requireNonNullElse(request.getParameter("password"), "");
        String base = request.getContextPath() + "/";
        if (email.isEmpty() || password.isEmpty()) {
            // Not worth a failed attempt against the throttle.
            failed(request, response, destination, email, "Enter your email and password.");
            return;
        }
        try {
            String token = sessions.start(accounts.authenticate(email, password).id());
            // A new HTTP session id, so a session id planted in the browser before signing in is worthless after it.
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            response.addHeader("Set-Cookie", SessionCookie.of(token, request.isSecure()));
            seeOther(response, base + destination);
        } catch (InvalidCredentialsException | TooManyAttemptsException | UnavailableException refused) {
            failed(request, response, destination, email, refused.getMessage());
        }
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, String destination,
            String email, String message) {
        var failure = new SignInFailure(UUID.randomUUID().toString(), email, message);
        request.getSession().setAttribute(SignInFailure.ATTRIBUTE, failure);
        String page = ContinuePath.link(ContinuePath.LOGIN, destination);
        seeOther(response, request.getContextPath() + "/" + page + (page.contains("?") ? "&" : "?")
                + SignInFailure.PARAMETER + "=" + failure.attempt());
    }

    /**
     * Browsers name the site a request comes from ({@code Sec-Fetch-Site}, or {@code Origin} in older ones); a request
     * that names neither comes from no browser, which has no victim's cookies to abuse.
     */
    private static boolean fromThisSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return OWN_SITE.contains(site);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            return Objects.equals(URI.create(origin).getRawAuthority(),
                    URI.create(request.getRequestURL().toString()).getRawAuthority());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(reason);
    }
}
