package run.limber.webui.base;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** Absolute addresses of Limber pages, for links that leave the browser, such as the one in a reset email. */
@ApplicationScoped
public class PublicAddress {

    private final WebSettings settings;

    PublicAddress(WebSettings settings) {
        this.settings = settings;
    }

    /** The absolute address of a page, e.g. {@code of("reset-password")}. */
    public String of(String path) {
        return base().resolve(path).toString();
    }

    private URI base() {
        String configured = settings.publicUrl().orElseGet(PublicAddress::fromRequest);
        return URI.create(configured.endsWith("/") ? configured : configured + "/");
    }

    private static String fromRequest() {
        if (!(VaadinRequest.getCurrent() instanceof HttpServletRequest request)) {
            throw new IllegalStateException("No request to take Limber's address from; set limber.web.public-url");
        }
        boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
        try {
            return new URI(request.getScheme(), null, request.getServerName(), defaultPort ? -1 : request.getServerPort(),
                    request.getContextPath() + "/", null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unusable request address", e);
        }
    }
}
