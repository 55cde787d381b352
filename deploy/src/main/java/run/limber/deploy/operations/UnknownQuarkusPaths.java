package run.limber.deploy.operations;

import io.quarkus.runtime.LaunchMode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Answers 404 (problem+json) for a path under /q that no Quarkus endpoint serves. Without it such a path falls through
 * to Vaadin, which claims every path, and a monitoring tool or a typo gets the runners' app shell with 200. The
 * endpoints are listed here rather than discovered: Quarkus registers them as plain routes that cannot be told from
 * Vaadin's catch-all. Dev mode's tools (/q/dev-ui) are left alone.
 */
@ApplicationScoped
class UnknownQuarkusPaths {

    static final String PREFIX = "/q/";
    /** Paths Quarkus serves in the packaged app: health (smallrye-health), metrics (Micrometer), OpenAPI. */
    static final Set<String> SERVED = Set.of(
            "/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/health/well",
            "/q/metrics",
            "/q/openapi", "/q/openapi.json", "/q/openapi.yaml", "/q/openapi.yml",
            "/q/swagger-ui");
    /** Swagger UI's page and its scripts and styles. */
    private static final String SWAGGER_UI_FILES = "/q/swagger-ui/";
    /** After the security headers, before every route that could serve the path. */
    private static final int ORDER = Integer.MIN_VALUE + 1;

    void install(@Observes Router router) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            router.route("/q/*").order(ORDER).handler(this::onRequest);
        }
    }

    private void onRequest(RoutingContext context) {
        if (served(context.normalizedPath())) {
            context.next();
        } else {
            Problems.answer(context, 404, "Not Found", "Nothing is served at " + context.normalizedPath() + ".");
        }
    }

    static boolean served(String path) {
        return SERVED.contains(path) || path.startsWith(SWAGGER_UI_FILES);
    }
}
