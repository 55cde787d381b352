package run.limber.webui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import org.jsoup.nodes.Document;
import run.limber.domain.shared.PublicLinks;
import run.limber.webui.base.Described;

/**
 * The head of a page's first response: its own title and description, and for a page that exists its canonical
 * address and Open Graph tags, so a shared link shows what it leads to. Addresses are absolute and built from
 * {@code LIMBER_PUBLIC_URL}, never from the request. An error page is kept out of search indexes instead.
 */
final class PageHead {

    /** Limber's mark, the home-screen icon, as the picture beside a shared link. */
    private static final String SHARED_IMAGE = "icons/limber-512.png";

    private PageHead() {
    }

    static void write(UI ui, Document document, PublicLinks links) {
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            return;
        }
        var head = document.head();
        String title = ui.getInternals().getTitle();
        if (title != null && !title.isBlank()) {
            document.title(title);
        }
        var description = head.selectFirst("meta[name=description]");
        if (description == null) {
            description = head.appendElement("meta").attr("name", "description");
        }
        if (chain.getFirst() instanceof Described described) {
            description.attr("content", described.description());
        }
        if (chain.getFirst() instanceof HasErrorParameter<?>) {
            head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
            return;
        }
        String address = links.to(ui.getInternals().getActiveViewLocation().getPath());
        head.appendElement("link").attr("rel", "canonical").attr("href", address);
        property(document, "og:type", "website");
        property(document, "og:site_name", "Limber");
        property(document, "og:title", document.title());
        property(document, "og:description", description.attr("content"));
        property(document, "og:url", address);
        property(document, "og:image", links.to(SHARED_IMAGE));
        head.appendElement("meta").attr("name", "twitter:card").attr("content", "summary");
    }

    private static void property(Document document, String property, String content) {
        document.head().appendElement("meta").attr("property", property).attr("content", content);
    }
}
