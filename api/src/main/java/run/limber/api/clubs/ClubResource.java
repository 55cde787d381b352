package run.limber.api.clubs;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.IfMatch;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.api.base.Problem;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubMembers;
import run.limber.domain.clubs.ClubService;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.ValidationException;

/** Clubs: create one, list mine, read and edit one (ETag / If-Match), its join code, handing ownership on. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs", description = "Running clubs: owners and coaches assign routines to their members")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class ClubResource {

    static final String BODY_REQUIRED = "a JSON body is required";
    static final String CLUB = "/{id: \\d{1,18}}";

    private final ClubService clubs;
    private final ClubMembers members;

    ClubResource(ClubService clubs, ClubMembers members) {
        this.clubs = clubs;
        this.members = members;
    }

    @POST
    @Operation(summary = "Create a club", operationId = "createClub",
            description = "The caller becomes its owner. Joining by code is on from the start.")
    @APIResponseSchema(value = ClubBody.class, responseCode = "201",
            responseDescription = "The club, with its Location and ETag")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    @APIResponse(responseCode = "403", description = "Only platform admins create clubs here (limber.clubs.creators)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = BODY_REQUIRED) ClubRequestBody body, @Context UriInfo uri) {
        var club = clubs.create(body.name(), body.timeZone(), body.description());
        var location = uri.getAbsolutePathBuilder().path(Long.toString(club.id())).build();
        return withVersion(Response.created(location), club);
    }

    @GET
    @Operation(summary = "List my clubs", operationId = "listMyClubs", description = "Each with my role, by name.")
    @APIResponse(responseCode = "200", description = "One page of my clubs")
    @ErrorResponses.BadRequest
    @ErrorResponses.Unauthorized
    public Page<ClubBody> mine(@BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return clubs.mine(page).map(ClubBody::of);
    }

    @GET
    @Path(CLUB)
    @Operation(summary = "Get a club", operationId = "getClub",
            description = "Coaches also see the join code and link. The ETag is for If-Match on PUT.")
    @APIResponseSchema(value = ClubBody.class, responseDescription = "The club")
    @ClubErrors.InClub
    public Response get(@PathParam("id") long id) {
        return withVersion(Response.ok(), clubs.get(id));
    }

    @PUT
    @Path(CLUB)
    @Operation(summary = "Change a club's name, time zone and description", operationId = "updateClub",
            description = "Coaches and the owner; send the ETag of the version you read as If-Match. Replaces all"
                    + " three: a description left out is removed.")
    @APIResponseSchema(value = ClubBody.class, responseDescription = "The club as it is now, with its new ETag")
    @ErrorResponses.InvalidFields
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ErrorResponses.StaleVersion
    @ErrorResponses.IfMatchRequired
    public Response update(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The club's ETag") String ifMatch,
                           @NotNull(message = BODY_REQUIRED) ClubRequestBody body) {
        long version = IfMatch.required(ifMatch);
        return withVersion(Response.ok(),
                clubs.update(id, version, body.name(), body.timeZone(), body.description()));
    }

    @DELETE
    @Path(CLUB)
    @Operation(summary = "Delete a club", operationId = "deleteClub",
            description = "The owner only. Memberships, groups, invitations and assignments go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public void delete(@PathParam("id") long id) {
        clubs.delete(id);
    }

    @POST
    @Path(CLUB + "/join-code")
    @Operation(summary = "Make a new join code", operationId = "rotateJoinCode",
            description = "Switches joining by code on if it was off. The old code and link stop working at once.")
    @APIResponseSchema(value = ClubBody.class, responseDescription = "The club with its new code and link")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public Response rotateJoinCode(@PathParam("id") long id) {
        return withVersion(Response.ok(), clubs.rotateJoinCode(id));
    }

    @DELETE
    @Path(CLUB + "/join-code")
    @Operation(summary = "Switch joining by code off", operationId = "closeJoinCode",
            description = "The code and link stop working; invitations still do. POST makes a new code.")
    @APIResponse(responseCode = "204", description = "Switched off")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public void closeJoinCode(@PathParam("id") long id) {
        clubs.closeJoining(id);
    }

    @POST
    @Path(CLUB + "/owner")
    @Operation(summary = "Hand ownership on", operationId = "handOverClub",
            description = "The owner names another member as owner and stays on as a coach, in one step.")
    @APIResponse(responseCode = "204", description = "Handed on")
    @ErrorResponses.InvalidFields
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public void handOver(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) OwnerBody body) {
        if (body.accountId() == null) {
            throw new ValidationException("accountId", "name the member who takes the club on");
        }
        members.handOver(id, body.accountId());
    }

    static Response withVersion(Response.ResponseBuilder response, ClubDetails club) {
        return response.tag(new EntityTag(Long.toString(club.version()))).entity(ClubBody.of(club)).build();
    }
}
