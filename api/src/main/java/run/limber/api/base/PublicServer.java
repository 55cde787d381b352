package run.limber.api.base;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The document's one server: Limber's public address (limber.web.public-url, LIMBER_PUBLIC_URL) without its trailing
 * slash, as OpenAPI joins it with paths that start with one; unset, the relative "/" (the host that served the
 * document). Set when the app starts, as the address is run-time configuration.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PublicServer implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String url = ConfigProvider.getConfig().getOptionalValue("limber.web.public-url", String.class)
                .map(String::strip).map(address -> address.replaceFirst("/+$", "")).filter(address -> !address.isEmpty())
                .orElse("/");
        openAPI.setServers(List.of(OASFactory.createServer().url(url).description("Limber")));
    }
}
