package run.limber.api.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.OptionalLong;
import run.limber.domain.shared.ByteSizes;
import run.limber.domain.shared.LimitSettings;

/**
 * Limits each API request body by its kind before any of it is read: a bundle import and an image upload have
 * limits of their own, every other API body the JSON limit. A body that declares a larger Content-Length is
 * answered 413 at once and the connection closed; a body without a length is cut off (413, connection closed) as
 * soon as it passes the limit, by the same reader that enforces Quarkus' server-wide ceiling.
 */
@ApplicationScoped
class BodyLimits {

    /**
     * Quarkus' own check of the server-wide ceiling runs at order -2: it answers a declared length over the ceiling
     * without a body, and sets the ceiling as the most the body reader may read. The declared length is checked
     * before it, so an API client learns its limit as problem+json; the reader's limit is lowered after it.
     */
    private static final int CHECK_DECLARED_LENGTH = -3;
    private static final int LOWER_READ_LIMIT = -1;
    /**
     * Where Quarkus REST's body reader looks for the most it may read of a body without a length. It is the key
     * Quarkus' own {@code quarkus.http.limits.max-body-size} handler sets (HttpServerCommonHandlers); lowering it
     * per request keeps the one reader that cuts chunked bodies off instead of buffering a second copy here.
     */
    static final String MAX_REQUEST_SIZE = "io.quarkus.max-request-size";
    static final String BUNDLE_IMPORT = "/api/v1/admin/content/import";
    static final String IMAGE_UPLOAD = "/api/v1/admin/media";

    private final LimitSettings limits;
    private final ObjectMapper json;

    BodyLimits(LimitSettings limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(CHECK_DECLARED_LENGTH).handler(this::checkDeclaredLength);
        router.route().order(LOWER_READ_LIMIT).handler(this::lowerReadLimit);
    }

    private void checkDeclaredLength(RoutingContext context) {
        var limit = limitOf(context);
        if (limit.isPresent() && declaredLength(context) > limit.getAsLong()) {
            tooLarge(context, limit.getAsLong());
        } else {
            context.next();
        }
    }

    private void lowerReadLimit(RoutingContext context) {
        limitOf(context).ifPresent(limit -> context.put(MAX_REQUEST_SIZE, limit));
        context.next();
    }

    /** The limit of an API request's body; empty outside the API, where the server-wide ceiling holds. */
    private OptionalLong limitOf(RoutingContext context) {
        String path = context.normalizedPath();
        return path.startsWith("/api") ? OptionalLong.of(limitFor(path)) : OptionalLong.empty();
    }

    /** Any other spelling of the two larger routes gets the smaller JSON limit: never more than its kind allows. */
    private long limitFor(String path) {
        return switch (path) {
            case BUNDLE_IMPORT -> limits.bundle().asLongValue();
            case IMAGE_UPLOAD -> limits.image().asLongValue();
            default -> limits.jsonBody().asLongValue();
        };
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // not a length anyone can be held to
        }
    }

    private void tooLarge(RoutingContext context, long limit) {
        var problem = new Problem("about:blank", "Content Too Large", 413,
                "This request's body may be at most " + ByteSizes.megabytes(limit) + ".", List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document always serialises", e);
        }
        var response = context.response();
        // The body is never read: the connection closes so the client stops sending it.
        response.setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> context.request().connection().close())
                .end(body);
    }
}
