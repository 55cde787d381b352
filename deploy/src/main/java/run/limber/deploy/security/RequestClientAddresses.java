package run.limber.deploy.security;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import run.limber.domain.audit.ClientAddresses;

/**
 * Reads the client address from the Vert.x request behind the API call or the Vaadin round trip alike; with proxy
 * address forwarding on, Quarkus has already put the forwarded client's address there. Outside a request (the
 * scheduler, a background import) there is none.
 */
@ApplicationScoped
class RequestClientAddresses implements ClientAddresses {

    private final CurrentVertxRequest request;

    RequestClientAddresses(CurrentVertxRequest request) {
        this.request = request;
    }

    @Override
    public Optional<String> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getCurrent())
                .map(context -> context.request().remoteAddress())
                .map(address -> address.host());
    }
}
