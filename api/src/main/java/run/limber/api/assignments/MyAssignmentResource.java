package run.limber.api.assignments;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.api.base.Problem;
import run.limber.api.routines.RoutineBody;
import run.limber.domain.clubs.assignments.MyAssignments;
import run.limber.domain.shared.Page;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/me/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My assignments", description = "What my clubs' coaches assigned me, directly or through my groups")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed("RUNNER")
class MyAssignmentResource {

    private final MyAssignments mine;

    MyAssignmentResource(MyAssignments mine) {
        this.mine = mine;
    }

    @GET
    @Operation(operationId = "listMyAssignments", summary = "List my assignments, latest start first",
            description = "Ended ones included (endsOn before today). Log a session played from one with `assignment:"
                    + " id` in POST /api/v1/me/sessions.")
    @APIResponse(responseCode = "200", description = "One page of my assignments")
    @ErrorResponses.BadRequest
    @ErrorResponses.Unauthorized
    public Page<MyAssignmentBody> list(@BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return mine.mine(page).map(MyAssignmentBody::of);
    }

    @GET
    @Path("/this-week")
    @Operation(operationId = "getMyAssignmentWeek", summary = "My assignments for today and this ISO week",
            description = "Days are in my time zone; the week is keyed by its Monday.")
    @APIResponseSchema(value = MyWeekBody.class, responseDescription = "Today's and this week's assignments")
    @ErrorResponses.Unauthorized
    public MyWeekBody thisWeek() {
        return MyWeekBody.of(mine.thisWeek());
    }

    @GET
    @Path("/{id}/routine")
    @Operation(operationId = "getMyAssignedRoutine", summary = "The routine of one of my assignments, as pinned",
            description = "Exactly the revisions the assignment is pinned to, whatever was published since; the same"
                    + " shape as GET /api/v1/routines/{slug}.")
    @APIResponseSchema(value = RoutineBody.class, responseDescription = "The pinned routine")
    @APIResponse(responseCode = "404", description = "No assignment of mine with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ErrorResponses.Unauthorized
    public RoutineBody routine(@PathParam("id") long id) {
        return RoutineBody.of(mine.routineOf(id));
    }
}
