package run.limber.webui.homescreen;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The headers of the home-screen files that the static file handler cannot know: the manifest's media type (Vert.x
 * has no mapping for .webmanifest), and no-cache on the service worker, the manifest and the offline page, so a
 * phone checks for a new version each time instead of keeping an old worker for a day.
 */
@ApplicationScoped
class HomeScreenHeaders {

    static final String NO_CACHE = "no-cache";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            HomeScreen.MANIFEST, "application/manifest+json",
            HomeScreen.SERVICE_WORKER, "text/javascript;charset=UTF-8",
            HomeScreen.OFFLINE_PAGE, "text/html;charset=UTF-8");

    void install(@Observes Router router) {
        CONTENT_TYPES.forEach((path, type) -> router.get(path).order(Integer.MIN_VALUE + 2)
                .handler(context -> onRequest(context, type)));
    }

    private static void onRequest(RoutingContext context, String type) {
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 200) {
                context.response().headers().set(HttpHeaders.CONTENT_TYPE, type).set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
            }
        });
        context.next();
    }
}
