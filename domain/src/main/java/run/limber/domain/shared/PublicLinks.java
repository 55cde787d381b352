package run.limber.domain.shared;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Absolute addresses of Limber for links that leave it: password-reset mails, calendar feeds, and later join links.
 * They are built from {@code limber.web.public-url} ({@code LIMBER_PUBLIC_URL}) in every mode, demo included, and
 * never from the request: a forged {@code Host} or {@code X-Forwarded-Host} would otherwise have Limber hand out links
 * to another site. Unset, the base is {@code http://localhost:<quarkus.http.port>/}, right for a demo on this machine.
 */
@ApplicationScoped
public class PublicLinks {

    private static final Logger LOG = Logger.getLogger(PublicLinks.class);

    private final URI base;
    private final boolean configured;

    PublicLinks(@ConfigProperty(name = "limber.web.public-url") Optional<String> publicUrl,
                @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        var url = publicUrl.map(String::strip).filter(value -> !value.isEmpty());
        this.configured = url.isPresent();
        this.base = baseOf(url.orElse("http://localhost:" + port));
    }

    /** The absolute address of a path inside Limber, e.g. {@code to("reset-password")}. */
    public String to(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    /** The base address, ending in a slash. */
    public String base() {
        return base.toString();
    }

    void sayHowToSetIt(@Observes StartupEvent start) {
        if (!configured) {
            LOG.infof("Links in emails and calendar feeds point to %s. Set LIMBER_PUBLIC_URL to the address people use"
                    + " to reach Limber (e.g. https://limber.example.org/) when it is not this machine.", base);
        }
    }

    private static URI baseOf(String url) {
        URI uri = URI.create(url.endsWith("/") ? url : url + "/");
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("limber.web.public-url (LIMBER_PUBLIC_URL) must be an http or https"
                    + " address such as https://limber.example.org/, not '" + url + "'");
        }
        return uri;
    }
}
