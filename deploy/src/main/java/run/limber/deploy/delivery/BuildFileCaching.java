package run.limber.deploy.delivery;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets browsers keep Vaadin's bundle files for a year without asking again. Their names carry a hash of their content
 * ({@code FlowClient-Cnr-Yibs.js}), so a new build is new addresses and a kept file is never stale; Vaadin's own answer
 * for them is an hour, after which a returning runner on a weak connection waited for revalidations.
 */
@ApplicationScoped
class BuildFileCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    void install(@Observes Router router) {
        router.routeWithRegex("/VAADIN/build/.+-[A-Za-z0-9_-]{8}\\.[a-z0-9]+").order(Integer.MIN_VALUE + 1)
                .handler(context -> {
                    context.addHeadersEndHandler(ignored -> {
                        if (context.response().getStatusCode() == 200) {
                            context.response().headers().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
                        }
                    });
                    context.next();
                });
    }
}
