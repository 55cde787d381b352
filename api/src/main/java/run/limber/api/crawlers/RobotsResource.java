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
import run.limber.domain.shared.PublicLinks;

/**
 * /robots.txt: crawlers may read every public page but not the editors', coaches' and account pages, the API or
 * Quarkus' endpoints; the sitemap's address comes from LIMBER_PUBLIC_URL, like every link that leaves Limber.
 */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/robots.txt")
@PermitAll
class RobotsResource {

    static final String CACHE_CONTROL = "public, max-age=3600";
    private static final String RULES = """
            User-agent: *
            Disallow: /admin
            Disallow: /coach
            Disallow: /account
            Disallow: /api/
            Disallow: /q/
            """;

    private final PublicLinks links;

    RobotsResource(PublicLinks links) {
        this.links = links;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public RestResponse<String> robots() {
        return RestResponse.ResponseBuilder.ok(RULES + "\nSitemap: " + links.to(SitemapResource.PATH) + "\n",
                        MediaType.TEXT_PLAIN + ";charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }
}
