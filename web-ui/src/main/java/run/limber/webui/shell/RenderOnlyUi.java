package run.limber.webui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpSession;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * The UI that rendered a first response is let go as soon as it has: the page keeps no state on the server until its
 * client starts and asks for a UI of its own, as it did before pages were rendered on the server. Kept, every request
 * would hold a UI until its session expired: 3,000 requests from visitors who never run the client (crawlers, a page
 * reader, a flood) filled 180 MB of the 256 MB heap.
 *
 * <p>The session such a request made lives only {@value #RENDER_ONLY_SESSION_SECONDS} seconds: without the UI it still
 * held a session each for the full session timeout (3,000 cookieless requests: 3,000 sessions, some 57 MB of the heap,
 * for 30 minutes). A client that starts gives its session the full timeout back; one that starts later finds none, and
 * its own first request makes a new one. A signed-in visitor's session, and one that existed before the request, keep
 * their life.
 */
final class RenderOnlyUi {

    /** Long enough that a slow render under load never finds its session gone; a client starts sooner or never. */
    static final int RENDER_ONLY_SESSION_SECONDS = 30;

    private static final String CLIENT_STATE = "window.Vaadin.TypeScript=";

    private RenderOnlyUi() {
    }

    static void release(UI ui, Document document) {
        document.head().select("script").stream().filter(script -> script.data().contains(CLIENT_STATE))
                .forEach(script -> script.empty().appendChild(new DataNode(
                        "window.Vaadin = window.Vaadin || {};" + CLIENT_STATE + "{};")));
        document.select(ui.getInternals().getContainerTag()).remove();
        ui.getSession().removeUI(ui);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null && session.isNew() && request.getUserPrincipal() == null) {
            session.setMaxInactiveInterval(RENDER_ONLY_SESSION_SECONDS);
        }
    }

    /**
     * Gives the session of a UI that the client's own request starts the servlet context's session timeout (in minutes;
     * 30, Undertow's default, as nothing configures another). A first response's UI is started by the page's request.
     */
    static void clientStarted(UI ui) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && ApplicationConstants.REQUEST_TYPE_INIT.equals(
                request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER))) {
            ui.getSession().getSession().setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
        }
    }
}
