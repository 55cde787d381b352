package run.limber.api.adherence;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.clubs.adherence.AdherenceService;
import run.limber.domain.clubs.adherence.OwnAdherence;
import run.limber.domain.shared.Page;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/me/adherence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Club adherence")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed("RUNNER")
class OwnAdherenceResource {

    private final OwnAdherence adherence;

    OwnAdherenceResource(OwnAdherence adherence) {
        this.adherence = adherence;
    }

    @GET
    @Operation(summary = "Get my adherence to each of my clubs' assignments", operationId = "getMyAdherence",
            description = "Weeks in my time zone, the current week first, judged as my coaches see them.")
    @APIResponse(responseCode = "200", description = "A page of my assignments, by club name")
    @ErrorResponses.BadRequest
    @ErrorResponses.Unauthorized
    public Page<OwnAdherenceBody> mine(
            @QueryParam("weeks") @Parameter(description = "How many ISO weeks, 1 to " + AdherenceService.MAX_WEEKS)
            String weeks,
            @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        int weekCount = check.integer("weeks", weeks, 1, AdherenceService.MAX_WEEKS)
                .orElse(AdherenceService.DEFAULT_WEEKS);
        var page = check.page(paging);
        check.verify();
        return Page.slice(adherence.mine(weekCount), page).map(OwnAdherenceBody::of);
    }
}
