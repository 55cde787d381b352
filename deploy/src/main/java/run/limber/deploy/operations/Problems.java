package run.limber.deploy.operations;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** problem+json answers (RFC 9457) for requests refused before any application code runs. */
final class Problems {

    private Problems() {
    }

    static void answer(RoutingContext context, int status, String title, String detail) {
        var body = new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail);
        context.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(body.encode());
    }
}
