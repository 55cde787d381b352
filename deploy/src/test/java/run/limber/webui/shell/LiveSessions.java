package run.limber.webui.shell;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test-only: the app's HTTP sessions by id while they live, so a test can read or age the session a request made. */
@WebListener
class LiveSessions implements HttpSessionListener {

    /** The name of the servlet session's cookie. */
    static final String COOKIE = "JSESSIONID";

    private static final Map<String, HttpSession> LIVE = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        LIVE.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        LIVE.remove(event.getSession().getId());
    }

    static Optional<HttpSession> find(String id) {
        return Optional.ofNullable(LIVE.get(id));
    }

    static HttpSession get(String id) {
        return find(id).orElseThrow(() -> new AssertionError("no live session " + id));
    }

    /** The session timeout of the servlet context, in seconds: what a session lives without its own setting. */
    static int fullTimeout(HttpSession session) {
        return session.getServletContext().getSessionTimeout() * 60;
    }
}
