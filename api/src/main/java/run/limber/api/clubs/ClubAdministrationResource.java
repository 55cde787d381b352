package run.limber.api.clubs;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.api.base.Problem;
import run.limber.domain.clubs.ClubAdministration;
import run.limber.domain.shared.Page;

/** Platform admins see which clubs exist and may delete one; they never read what is in a club. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/admin/clubs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Club administration", description = "Platform admins list and delete clubs")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed("ADMIN")
class ClubAdministrationResource {

    private final ClubAdministration administration;

    ClubAdministrationResource(ClubAdministration administration) {
        this.administration = administration;
    }

    @GET
    @Operation(summary = "List every club", operationId = "adminListClubs",
            description = "Newest first: name, time zone, member count, created. Nothing about the members.")
    @APIResponse(responseCode = "200", description = "One page of clubs")
    @ErrorResponses.BadRequest
    @ErrorResponses.Unauthorized
    @ErrorResponses.Forbidden
    public Page<AdminClubBody> list(@BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return administration.list(page).map(AdminClubBody::of);
    }

    @DELETE
    @Path("/{id: \\d{1,18}}")
    @Operation(summary = "Delete a club", operationId = "adminDeleteClub",
            description = "With its memberships, groups, invitations and assignments.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ErrorResponses.Unauthorized
    @ErrorResponses.Forbidden
    @APIResponse(responseCode = "404", description = "No club with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        administration.delete(id);
    }
}
