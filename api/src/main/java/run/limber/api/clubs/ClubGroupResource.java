package run.limber.api.clubs;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.clubs.ClubGroups;
import run.limber.domain.shared.Page;

/** Groups of a club's members, kept by its coaches. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/{id: \\d{1,18}}/groups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class ClubGroupResource {

    private static final String GROUP = "/{groupId: \\d{1,18}}";

    private final ClubGroups groups;

    ClubGroupResource(ClubGroups groups) {
        this.groups = groups;
    }

    @POST
    @Operation(summary = "Create a group", operationId = "createClubGroup",
            description = "A club's groups have names of their own (409 for a name in use).")
    @APIResponseSchema(value = GroupBody.class, responseCode = "201", responseDescription = "The group, with its Location")
    @ErrorResponses.InvalidFields
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ClubErrors.Conflict
    public Response create(@PathParam("id") long id, @NotNull(message = ClubResource.BODY_REQUIRED) GroupRequestBody body,
                           @Context UriInfo uri) {
        var group = groups.create(id, body.name());
        var location = uri.getAbsolutePathBuilder().path(Long.toString(group.id())).build();
        return Response.created(location).entity(GroupBody.of(group)).build();
    }

    @GET
    @Operation(summary = "List the club's groups", operationId = "listClubGroups",
            description = "Coaches: every group with its member count. Members: the names of the groups they are in.")
    @APIResponse(responseCode = "200", description = "The groups, by name")
    @ClubErrors.InClub
    public List<GroupBody> list(@PathParam("id") long id) {
        return groups.list(id).stream().map(GroupBody::of).toList();
    }

    @PUT
    @Path(GROUP)
    @Operation(summary = "Rename a group", operationId = "renameClubGroup",
            description = "To a name no other group of the club has (409 otherwise).")
    @APIResponse(responseCode = "200", description = "The group as it is now")
    @ErrorResponses.InvalidFields
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ClubErrors.Conflict
    public GroupBody rename(@PathParam("id") long id, @PathParam("groupId") long groupId,
                            @NotNull(message = ClubResource.BODY_REQUIRED) GroupRequestBody body) {
        return GroupBody.of(groups.rename(id, groupId, body.name()));
    }

    @DELETE
    @Path(GROUP)
    @Operation(summary = "Delete a group", operationId = "deleteClubGroup",
            description = "Its members stay in the club.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public void delete(@PathParam("id") long id, @PathParam("groupId") long groupId) {
        groups.delete(id, groupId);
    }

    @GET
    @Path(GROUP + "/members")
    @Operation(summary = "List a group's members", operationId = "listClubGroupMembers",
            description = "Paged, by name.")
    @APIResponse(responseCode = "200", description = "One page of the group's members, by name")
    @ErrorResponses.BadRequest
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public Page<GroupMemberBody> members(@PathParam("id") long id, @PathParam("groupId") long groupId,
                                         @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return groups.members(id, groupId, page).map(GroupMemberBody::of);
    }

    @PUT
    @Path(GROUP + "/members/{accountId: \\d{1,18}}")
    @Operation(summary = "Put a member in a group", operationId = "addClubGroupMember",
            description = "Idempotent: putting someone in a group they are in changes nothing.")
    @APIResponse(responseCode = "204", description = "In the group")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public void add(@PathParam("id") long id, @PathParam("groupId") long groupId,
                    @PathParam("accountId") long accountId) {
        groups.add(id, groupId, accountId);
    }

    @DELETE
    @Path(GROUP + "/members/{accountId: \\d{1,18}}")
    @Operation(summary = "Take a member out of a group", operationId = "removeClubGroupMember",
            description = "They stay in the club.")
    @APIResponse(responseCode = "204", description = "Not in the group (any more)")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public void remove(@PathParam("id") long id, @PathParam("groupId") long groupId,
                       @PathParam("accountId") long accountId) {
        groups.remove(id, groupId, accountId);
    }
}
