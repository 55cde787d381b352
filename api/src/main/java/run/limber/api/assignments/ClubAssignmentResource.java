package run.limber.api.assignments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.IfMatch;
import run.limber.api.base.InvalidParameterException;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.api.base.PreconditionRequiredException;
import run.limber.api.base.Problem;
import run.limber.domain.clubs.assignments.Assignment;
import run.limber.domain.clubs.assignments.AssignmentService;
import run.limber.domain.clubs.assignments.AssignmentStatus;
import run.limber.domain.shared.Page;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/{clubId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Club assignments", description = "Routines a club's coaches assign to groups or members, pinned to the"
        + " revisions published when assigned")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed("RUNNER")
class ClubAssignmentResource {

    private static final String IF_MATCH_HELP = "The ETag of the version this change is based on";

    private final AssignmentService assignments;
    private final ObjectMapper json;

    ClubAssignmentResource(AssignmentService assignments, ObjectMapper json) {
        this.assignments = assignments;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignRoutine", summary = "Assign a published routine to a group or one member",
            description = "Pinned to the routine's and its drills' revisions published now: members play exactly"
                    + " those until a coach moves the assignment. weeklyTarget defaults to the number of days.")
    @APIResponseSchema(value = AssignmentBody.class, responseCode = "201",
            responseDescription = "Assigned; Location points to it, ETag is its version")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ErrorResponses.InvalidFields
    public Response assign(@PathParam("clubId") long clubId,
                           @NotNull(message = "a JSON body is required") AssignmentRequestBody body) {
        var assignment = assignments.assign(clubId, body.toNewAssignment());
        var location = URI.create("/api/v1/clubs/" + clubId + "/assignments/" + assignment.id());
        return withVersion(Response.created(location), assignment);
    }

    @GET
    @Operation(operationId = "listClubAssignments", summary = "List the club's assignments, newest first",
            description = "status=ACTIVE (not ended by today in the club's time zone) or ENDED; none lists both.")
    @APIResponse(responseCode = "200", description = "One page of assignments")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ErrorResponses.BadRequest
    public Page<AssignmentBody> list(@PathParam("clubId") long clubId, @QueryParam("status") String status,
                                     @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var wanted = check.optionalEnum("status", status, AssignmentStatus.class);
        var page = check.page(paging);
        check.verify();
        return assignments.list(clubId, wanted, page).map(AssignmentBody::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClubAssignment", summary = "Get one of the club's assignments",
            description = "The ETag is its version: send it as If-Match to change it.")
    @APIResponseSchema(value = AssignmentBody.class, responseDescription = "The assignment")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public Response get(@PathParam("clubId") long clubId, @PathParam("id") long id) {
        return withVersion(Response.ok(), assignments.get(clubId, id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rescheduleClubAssignment", summary = "Change an assignment's days, timing, dates and target",
            description = "All five are replaced; the routine stays pinned as it is (move it to re-pin).")
    @APIResponseSchema(value = AssignmentBody.class, responseDescription = "Changed; the ETag is its new version")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ErrorResponses.InvalidFields
    @ErrorResponses.StaleVersion
    @ErrorResponses.IfMatchRequired
    public Response reschedule(@PathParam("clubId") long clubId, @PathParam("id") long id,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch,
                               @NotNull(message = "a JSON body is required") ScheduleBody body) {
        long version = IfMatch.version(ifMatch).orElseThrow(() -> new PreconditionRequiredException(HttpHeaders.IF_MATCH));
        return withVersion(Response.ok(), assignments.reschedule(clubId, id, version, body.toSchedule()));
    }

    @POST
    @Path("/{id}/end")
    @Operation(operationId = "endClubAssignment", summary = "End an assignment, keeping its history",
            description = "It ends on `on` (default today in the club's time zone): that is its last day.")
    @APIResponseSchema(value = AssignmentBody.class, responseDescription = "Ended")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ErrorResponses.InvalidFields
    public Response end(@PathParam("clubId") long clubId, @PathParam("id") long id,
                        @RequestBody(description = "Optional: the last day", content = @Content(
                                mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = EndBody.class))) String body) {
        return withVersion(Response.ok(), assignments.end(clubId, id, endsOn(body)));
    }

    @POST
    @Path("/{id}/move")
    @Operation(operationId = "moveClubAssignment", summary = "Move an assignment to the routine as published now",
            description = "Re-pins the routine and its drills to the revisions published now and resolves its open"
                    + " notices as moved.")
    @APIResponseSchema(value = AssignmentBody.class, responseDescription = "Moved")
    @APIResponse(responseCode = "409", description = "The routine is no longer published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public Response move(@PathParam("clubId") long clubId, @PathParam("id") long id) {
        return withVersion(Response.ok(), assignments.move(clubId, id));
    }

    private Optional<LocalDate> endsOn(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, EndBody.class).on());
        } catch (JsonProcessingException e) {
            throw new InvalidParameterException("on", "must be a date such as 2026-12-01");
        }
    }

    private static Response withVersion(Response.ResponseBuilder response, Assignment assignment) {
        return response.tag(new EntityTag(Long.toString(assignment.version()))).entity(AssignmentBody.of(assignment))
                .build();
    }
}
