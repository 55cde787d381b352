package run.limber.webui.homescreen;

import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import java.util.Map;

/**
 * What every page's head carries so a phone can add Limber to its home screen: the web app manifest, the theme colour,
 * the icons, and the registration of the service worker that keeps the quick reference readable offline. The files
 * themselves are static resources (META-INF/resources: manifest.webmanifest, service-worker.js, offline.html, icons/).
 */
public final class HomeScreen {

    /** The runner area's accent (--limber-accent in styles/runner.css), also the manifest's theme_color. */
    static final String THEME_COLOR = "#0e6656";
    static final String MANIFEST = "/manifest.webmanifest";
    /** Not sw.js: Vaadin answers that address with a worker of its own. */
    static final String SERVICE_WORKER = "/service-worker.js";
    static final String OFFLINE_PAGE = "/offline.html";

    private HomeScreen() {
    }

    public static void addTo(AppShellSettings settings) {
        settings.addLink("manifest", MANIFEST);
        settings.addMetaTag("theme-color", THEME_COLOR);
        settings.addLink("/icons/limber.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addFavIcon("icon", "/icons/limber-192.png", "192x192");
        settings.addFavIcon("apple-touch-icon", "/icons/apple-touch-icon.png", "180x180");
        // Registered after the page has loaded, so it never competes with the first screen for the connection.
        settings.addInlineWithContents(Inline.Position.APPEND, "if ('serviceWorker' in navigator) {"
                + " addEventListener('load', () => navigator.serviceWorker.register('" + SERVICE_WORKER + "')); }",
                Inline.Wrapping.JAVASCRIPT);
    }
}
