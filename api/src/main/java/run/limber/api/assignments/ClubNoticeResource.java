package run.limber.api.assignments;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.api.base.Problem;
import run.limber.domain.clubs.assignments.AssignmentNotices;
import run.limber.domain.shared.Page;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/{clubId}/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Club assignments")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed("RUNNER")
class ClubNoticeResource {

    private final AssignmentNotices notices;

    ClubNoticeResource(AssignmentNotices notices) {
        this.notices = notices;
    }

    @GET
    @Operation(operationId = "listChangeNotices", summary = "List the open change notices of the club's assignments",
            description = "Each is a routine or drill published since an assignment was pinned, with the difference."
                    + " Move the assignment to take the change, or keep it as it is. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of open notices")
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ErrorResponses.BadRequest
    public Page<NoticeBody> list(@PathParam("clubId") long clubId, @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return notices.open(clubId, page).map(NoticeBody::of);
    }

    @POST
    @Path("/{noticeId}/keep")
    @Operation(operationId = "keepAssignment", summary = "Keep the assignment as pinned despite this change",
            description = "The notice is resolved as kept; the assignment's other notices stay open.")
    @APIResponse(responseCode = "204", description = "Kept")
    @APIResponse(responseCode = "409", description = "The notice was already resolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public void keep(@PathParam("clubId") long clubId, @PathParam("noticeId") long noticeId) {
        notices.keep(clubId, noticeId);
    }
}
