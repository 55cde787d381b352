package run.limber.api.crawlers;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;

/** /sitemap.xml: the public pages and every published drill, routine and note (see {@link Sitemap}). */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path(SitemapResource.PATH)
@PermitAll
class SitemapResource {

    static final String PATH = "/sitemap.xml";

    private final Sitemap sitemap;

    SitemapResource(Sitemap sitemap) {
        this.sitemap = sitemap;
    }

    @GET
    @Produces(MediaType.APPLICATION_XML)
    @Operation(hidden = true)
    public RestResponse<String> sitemap() {
        return RestResponse.ResponseBuilder.ok(sitemap.xml(), MediaType.APPLICATION_XML + ";charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, RobotsResource.CACHE_CONTROL)
                .build();
    }
}
