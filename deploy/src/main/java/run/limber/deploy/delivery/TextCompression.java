package run.limber.deploy.delivery;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compresses every text answer the client accepts compressed, the web UI's too. Quarkus compresses only the routes it
 * knows (the API, its own static files); the servlet container's answers — Vaadin's pages, Lumo's and Limber's style
 * sheets — keep the {@code Content-Encoding: identity} that Quarkus marks every response with, and went out whole:
 * Lumo's style sheet alone is 230 KB, a second and more on a phone's connection before the first paint.
 */
@ApplicationScoped
class TextCompression {

    private static final String IDENTITY = "identity";

    private final Set<String> compressible;

    TextCompression(@ConfigProperty(name = "quarkus.http.compress-media-types") Set<String> compressible) {
        this.compressible = Set.copyOf(compressible);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::onRequest);
    }

    private void onRequest(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> decide(context));
        context.next();
    }

    /** Files stored compressed (Vaadin's bundle, as Brotli) name their encoding and are left as they are. */
    private void decide(RoutingContext context) {
        var headers = context.response().headers();
        String encoding = headers.get(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !IDENTITY.equals(encoding)) {
            return;
        }
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && compressible.contains(type.split(";", 2)[0].strip())) {
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        } else {
            headers.set(HttpHeaders.CONTENT_ENCODING, IDENTITY);
        }
    }
}
