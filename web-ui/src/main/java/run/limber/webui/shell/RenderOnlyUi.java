package run.limber.webui.shell;

import com.vaadin.flow.component.UI;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * The UI that rendered a first response is let go as soon as it has: the page keeps no state on the server until its
 * client starts and asks for a UI of its own, as it did before pages were rendered on the server. Kept, every request
 * would hold a UI until its session expired: 3,000 requests from visitors who never run the client (crawlers, a page
 * reader, a flood) filled 180 MB of the 256 MB heap.
 */
final class RenderOnlyUi {

    private static final String CLIENT_STATE = "window.Vaadin.TypeScript=";

    private RenderOnlyUi() {
    }

    static void release(UI ui, Document document) {
        document.head().select("script").stream().filter(script -> script.data().contains(CLIENT_STATE))
                .forEach(script -> script.empty().appendChild(new DataNode(
                        "window.Vaadin = window.Vaadin || {};" + CLIENT_STATE + "{};")));
        document.select(ui.getInternals().getContainerTag()).remove();
        ui.getSession().removeUI(ui);
    }
}
