package run.limber.webui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.internal.ResourceContentHash;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.base.UsableBeforeClient;

/**
 * Writes a runner page, as the server built it, into the first response's body, with the style sheets its components
 * declare: the page reads and links work before the client bundle has loaded, and with scripts switched off. Other
 * areas (admin, coach) are made of Vaadin's own components, which draw nothing before their scripts run, so they are
 * left to the client.
 */
final class RenderedPage {

    static final String ID = "first-screen";
    /**
     * Run by the client when its UI starts, with {@link #ID}. Once the client has drawn the page (its router asks for
     * it in a second round trip), what was typed into the copy's fields and the focus move to the same fields of the
     * client's page, and the copy goes, in the same task, before anything is painted. A control of the copy tapped
     * meanwhile is tapped again on the client's page: the same element in the same place, with the same text.
     */
    static final String HAND_OVER = """
            const copy = document.getElementById($0);
            const drawn = () => document.querySelector('#outlet .runner');
            const handOver = () => {
              for (const field of copy.querySelectorAll('input[name]')) {
                const twin = drawn().querySelector(`input[name="${CSS.escape(field.name)}"]`);
                if (!twin) continue;
                if (field.value !== field.defaultValue) {
                  twin.value = field.value;
                  twin.dispatchEvent(new Event('change'));
                }
                if (field === document.activeElement) twin.focus();
              }
              const tapped = window.limberTappedControl;
              const twin = tapped && drawn().querySelectorAll(tapped.tag)[tapped.index];
              copy.remove();
              if (twin && twin.textContent.trim() === tapped.text) setTimeout(() => twin.click());
            };
            if (copy && drawn()) {
              handOver();
            } else if (copy) {
              new MutationObserver((changes, observer) => {
                if (drawn()) {
                  observer.disconnect();
                  handOver();
                }
              }).observe(document.body, {childList: true, subtree: true});
            }
            """;
    /**
     * Links of the copy are kept from the client's router. A tap on one of its controls, which are inert (a tap goes
     * to what lies under them), is noted by the control's place among its kind, for {@link #HAND_OVER}.
     */
    private static final String UNTIL_THE_CLIENT_RUNS = """
            addEventListener('click', event => {
              const copy = document.getElementById('%s');
              if (!copy?.contains(event.target)) return;
              if (event.target.closest('a')) {
                event.stopImmediatePropagation();
                return;
              }
              const control = [...copy.querySelectorAll('[inert]')].findLast(element => {
                const box = element.getBoundingClientRect();
                return event.clientX >= box.left && event.clientX <= box.right
                    && event.clientY >= box.top && event.clientY <= box.bottom;
              });
              if (control) window.limberTappedControl = {tag: control.localName,
                  index: [...copy.querySelectorAll(control.localName)].indexOf(control), text: control.textContent.trim()};
            }, true);
            """;
    private static final String CONTEXT = "context://";

    private RenderedPage() {
    }

    static void write(UI ui, Document document, boolean signedIn) {
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty() || !(chain.getLast() instanceof RunnerLayout layout)) {
            return;
        }
        markHidden(layout.getElement());
        var copy = document.body().prependElement("div").id(ID).append(layout.getElement().getOuterHTML());
        keepQuietUntilTheClientRuns(copy, document);
        // The addresses the client asks for later (Vaadin's content hash), so each sheet is fetched once.
        styleSheets(layout).forEach(path -> document.head().appendElement("link").attr("rel", "stylesheet")
                .attr("href", path + "?v-c=" + ResourceContentHash.getContentHash(ui.getSession().getService(), path)));
        ClientStart.write(document, chain.getFirst() instanceof UsableBeforeClient && !signedIn);
    }

    /**
     * Vaadin's own components in the copy (buttons, fields) work only once the client runs: until then they take no
     * clicks, and a tap on one is made again once it does. Its links are plain links: a tap while the client is still
     * starting loads the next page whole, which the client's router, not yet ready to take it over, would otherwise
     * swallow. The copy is hidden in the very frame the client's own drawing appears, so the page never shows twice or
     * jumps.
     */
    private static void keepQuietUntilTheClientRuns(Element copy, Document document) {
        copy.select("*").stream().filter(element -> element.tagName().contains("-"))
                .forEach(element -> element.attr("inert", ""));
        copy.select("a[router-link]").removeAttr("router-link");
        document.head().appendElement("script").appendChild(new DataNode(UNTIL_THE_CLIENT_RUNS.formatted(ID)));
        document.head().appendElement("style").appendChild(new DataNode(
                "body:has(#outlet .runner) > #" + ID + " { display: none; }"));
    }

    /**
     * What the page holds but does not show (an empty alert, a notice for another occasion) is left out of the client's
     * drawing, but the HTML of an element knows no such state: it is marked {@code hidden}, which changes nothing else,
     * as this UI is let go once the response is written.
     */
    private static void markHidden(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return;
        }
        if (!element.isVisible()) {
            element.setAttribute("hidden", true);
        }
        element.getChildren().forEach(RenderedPage::markHidden);
    }

    /** The context-relative style sheets of every component on the page, in page order, each once. */
    private static Set<String> styleSheets(Component page) {
        Set<String> hrefs = new LinkedHashSet<>();
        descendants(page).forEach(component -> {
            for (StyleSheet sheet : component.getClass().getAnnotationsByType(StyleSheet.class)) {
                if (sheet.value().startsWith(CONTEXT)) {
                    hrefs.add(sheet.value().substring(CONTEXT.length()));
                }
            }
        });
        return hrefs;
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(RenderedPage::descendants));
    }
}
