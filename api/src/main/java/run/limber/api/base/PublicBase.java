package run.limber.api.base;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limber's public address for links that leave the API, such as those in calendar feeds: {@code limber.web.public-url}
 * when set (see application.properties), else the address the request came to.
 */
@ApplicationScoped
public class PublicBase {

    private final Optional<String> configured;

    PublicBase(@ConfigProperty(name = "limber.web.public-url") Optional<String> configured) {
        this.configured = configured.filter(url -> !url.isBlank());
    }

    /** The base address ending in a slash. */
    public String of(UriInfo request) {
        String base = configured.orElseGet(() -> request.getBaseUri().toString());
        return base.endsWith("/") ? base : base + "/";
    }
}
