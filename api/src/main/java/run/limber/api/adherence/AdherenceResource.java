package run.limber.api.adherence;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.clubs.adherence.AdherenceService;
import run.limber.domain.clubs.adherence.DashboardQuery;
import run.limber.domain.clubs.adherence.DashboardSort;

/** The coaches' adherence reads of a club: who keeps up with their assigned routines, week by week. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Club adherence", description = "Members' sessions of their assigned routines against weekly targets")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class AdherenceResource {

    private static final String WEEKS = "How many ISO weeks, 1 to " + AdherenceService.MAX_WEEKS + "; "
            + AdherenceService.DEFAULT_WEEKS + " if not given";
    private static final String GROUP = "Only this group's members";

    /** The values the {@code behind} flag takes, any case. */
    enum Flag { TRUE, FALSE }

    private final AdherenceService adherence;

    AdherenceResource(AdherenceService adherence) {
        this.adherence = adherence;
    }

    @GET
    @Path("/adherence")
    @Operation(summary = "Get the adherence dashboard of a club", operationId = "getClubAdherence",
            description = "Per member and ISO week (weeks in the club's time zone, each member's sessions in their"
                    + " own): sessions of the assigned routines within the assignments' dates against the weekly"
                    + " target, prorated when an assignment starts or ends mid-week. Status MET, PARTLY, MISSED or"
                    + " IN_PROGRESS (the current week), null for weeks that asked for nothing. Coaches and the owner.")
    @APIResponseSchema(value = DashboardBody.class, responseDescription = "The weeks shown and one page of members")
    @ErrorResponses.BadRequest
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public DashboardBody dashboard(
            @PathParam("id") long id,
            @QueryParam("weeks") @Parameter(description = WEEKS) String weeks,
            @QueryParam("groupId") @Parameter(description = GROUP) String groupId,
            @QueryParam("behind") @Parameter(description = "true: only members behind their target this week")
            String behind,
            @QueryParam("q") @Parameter(description = "Part of a display name, any case; at most "
                    + DashboardQuery.MAX_NAME_QUERY + " characters") String query,
            @QueryParam("sort") @Parameter(description = "NAME (default), BEHIND (most sessions missing this week"
                    + " first) or STREAK (longest first)") String sort,
            @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        int weekCount = weeks(check, weeks);
        Long group = group(check, groupId);
        boolean behindOnly = check.optionalEnum("behind", behind, Flag.class).orElse(Flag.FALSE) == Flag.TRUE;
        var order = check.optionalEnum("sort", sort, DashboardSort.class).orElse(DashboardSort.NAME);
        var page = check.page(paging);
        check.verify();
        return DashboardBody.of(adherence.dashboard(id,
                new DashboardQuery(weekCount, group, behindOnly, query, order, page)));
    }

    @GET
    @Path("/adherence/summary")
    @Operation(summary = "Get the share of members meeting their target per week",
            operationId = "getClubAdherenceSummary",
            description = "For the whole club or one group, newest week first. Coaches and the owner.")
    @APIResponseSchema(value = SummaryBody.class, responseDescription = "One entry per ISO week")
    @ErrorResponses.BadRequest
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public SummaryBody summary(@PathParam("id") long id,
                               @QueryParam("weeks") @Parameter(description = WEEKS) String weeks,
                               @QueryParam("groupId") @Parameter(description = GROUP) String groupId) {
        var check = new ParameterCheck();
        int weekCount = weeks(check, weeks);
        Long group = group(check, groupId);
        check.verify();
        return SummaryBody.of(adherence.summary(id, weekCount, group));
    }

    @GET
    @Path("/adherence.csv")
    @Produces("text/csv")
    @Operation(summary = "Download the whole club's adherence as CSV", operationId = "getClubAdherenceCsv",
            description = "One row per member and week: account_id, display_name, email (only if shared),"
                    + " streak_weeks, last_session_at, week, sessions, target, status. Streamed as it is read.")
    @APIResponse(responseCode = "200", description = "An attachment, club-{id}-adherence.csv",
            content = @Content(mediaType = "text/csv"))
    @ErrorResponses.BadRequest
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public Response csv(@PathParam("id") long id, @QueryParam("weeks") @Parameter(description = WEEKS) String weeks) {
        var check = new ParameterCheck();
        int weekCount = weeks(check, weeks);
        check.verify();
        var export = adherence.csv(id, weekCount);
        return Response.ok((StreamingOutput) export::writeTo, "text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"club-" + id + "-adherence.csv\"")
                .build();
    }

    private static int weeks(ParameterCheck check, String weeks) {
        return check.integer("weeks", weeks, 1, AdherenceService.MAX_WEEKS).orElse(AdherenceService.DEFAULT_WEEKS);
    }

    /** Group ids are positive; a number past {@code int} names no group that exists, and is refused as such. */
    private static Long group(ParameterCheck check, String groupId) {
        var group = check.integer("groupId", groupId, 1, Integer.MAX_VALUE);
        return group.isPresent() ? Long.valueOf(group.getAsInt()) : null;
    }
}
