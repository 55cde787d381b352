package run.limber.deploy.operations;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code limber.metrics.token} set (LIMBER_METRICS_TOKEN), /q/metrics answers only requests that carry it as
 * {@code Authorization: Bearer <token>}, others get 401; unset, it is open, for a scraper inside the cluster's network.
 * Metrics sit on the main port (one port to expose and probe), so the Ingress could reach them: the token keeps
 * them from the public where the network does not.
 */
@ApplicationScoped
class MetricsToken {

    private static final String PATH = "/q/metrics";
    private static final String BEARER = "Bearer ";
    /** After the security headers and UnknownQuarkusPaths. */
    private static final int ORDER = Integer.MIN_VALUE + 2;

    private final Optional<byte[]> expected;

    MetricsToken(@ConfigProperty(name = "limber.metrics.token") Optional<String> token) {
        this.expected = token.filter(t -> !t.isBlank()).map(MetricsToken::digest);
    }

    void install(@Observes Router router) {
        if (expected.isPresent()) {
            router.route(PATH).order(ORDER).handler(this::onRequest);
        }
    }

    private void onRequest(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith(BEARER) && matches(authorization.substring(BEARER.length()))) {
            context.next();
        } else {
            context.response().putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            Problems.answer(context, 401, "Unauthorized", "The metrics need the token set in LIMBER_METRICS_TOKEN.");
        }
    }

    /** Compares digests in constant time, so neither the token's content nor its length shows in the answer's timing. */
    private boolean matches(String given) {
        return MessageDigest.isEqual(expected.orElseThrow(), digest(given));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
