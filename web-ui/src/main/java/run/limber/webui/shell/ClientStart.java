package run.limber.webui.shell;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When the client (Vaadin's entry script) starts on a page whose first screen the server wrote. Never before the
 * browser has painted that screen: a module script that is ready once the page has been read runs first, and the page
 * would appear only when the client had drawn it again, seconds later on a slow phone. On a page that works without it
 * ({@link run.limber.webui.base.UsableBeforeClient}) for someone not signed in, only at their first tap, click or key
 * outside links and forms (links load the next page whole, forms post as HTML forms do); a signed-in runner's pages
 * hold their own menus and panels.
 */
final class ClientStart {

    private static final String START = """
            const startClient = () => {
              if (window.limberClientStarted) return;
              window.limberClientStarted = true;
              const entry = document.createElement('script');
              entry.type = 'module'; entry.crossOrigin = ''; entry.src = '%s';
              document.head.append(entry);
            };
            """;

    private static final String ON_FIRST_INTERACTION = """
            for (const type of ['pointerdown', 'keydown']) {
              addEventListener(type, event => event.target.closest?.('a[href], form') || startClient(), {capture: true});
            }
            """;

    private static final String AFTER_FIRST_PAINT = "requestAnimationFrame(() => setTimeout(startClient));";

    private ClientStart() {
    }

    static void write(Document document, boolean onFirstInteraction) {
        var entry = document.head().selectFirst("script[type=module][src]");
        if (entry == null) {
            return;
        }
        String src = entry.attr("src");
        if (!onFirstInteraction) {
            entry.before(new Element("link").attr("rel", "modulepreload").attr("crossorigin", "").attr("href", src));
        }
        entry.removeAttr("src").removeAttr("crossorigin").attr("type", "text/javascript").appendChild(new DataNode(
                START.formatted(src) + (onFirstInteraction ? ON_FIRST_INTERACTION : AFTER_FIRST_PAINT)));
    }
}
