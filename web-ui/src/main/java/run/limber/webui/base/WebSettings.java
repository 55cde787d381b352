package run.limber.webui.base;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** How the web UI is reached from outside; see the Web UI section of application.properties. */
@ConfigMapping(prefix = "limber.web")
public interface WebSettings {

    /**
     * The address runners use to reach Limber, e.g. {@code https://limber.example.org/}. Links in
     * emails are built from it. Without it they are built from the address of the request that asked
     * for the email, which a client can forge: set it wherever Limber is reachable from the internet.
     */
    Optional<String> publicUrl();
}
