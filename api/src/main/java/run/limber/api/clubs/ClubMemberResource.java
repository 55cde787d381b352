package run.limber.api.clubs;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.clubs.ClubMembers;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.ValidationException;

/** A club's members as its coaches see them, their club roles, and removing them. Member ids are account ids. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/{id: \\d{1,18}}/members")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class ClubMemberResource {

    private static final String MEMBER = "/{accountId: \\d{1,18}}";

    private final ClubMembers members;

    ClubMemberResource(ClubMembers members) {
        this.members = members;
    }

    @GET
    @Operation(summary = "List the club's members", operationId = "listClubMembers",
            description = "Coaches and the owner; by name, with role, groups and, only where a member shares it,"
                    + " their email.")
    @APIResponse(responseCode = "200", description = "One page of members")
    @ErrorResponses.BadRequest
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public Page<ClubMemberBody> list(@PathParam("id") long id,
                                     @QueryParam("name") @Parameter(description = "Part of a display name, any case,"
                                             + " at most 100 characters") String name,
                                     @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return members.list(id, name, page).map(ClubMemberBody::of);
    }

    @PUT
    @Path(MEMBER + "/role")
    @Operation(summary = "Make a member a coach, or a coach a member", operationId = "setClubRole",
            description = "The owner only.")
    @APIResponse(responseCode = "204", description = "Changed")
    @ErrorResponses.InvalidFields
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ClubErrors.Conflict
    public void setRole(@PathParam("id") long id, @PathParam("accountId") long accountId,
                        @NotNull(message = ClubResource.BODY_REQUIRED) RoleBody body) {
        if (body.role() == null) {
            throw new ValidationException("role", "COACH or MEMBER");
        }
        members.setRole(id, accountId, body.role());
    }

    @DELETE
    @Path(MEMBER)
    @Operation(summary = "Remove someone from the club", operationId = "removeClubMember",
            description = "Coaches remove members; the owner removes coaches too. The owner is never removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ClubErrors.Conflict
    public void remove(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        members.remove(id, accountId);
    }
}
