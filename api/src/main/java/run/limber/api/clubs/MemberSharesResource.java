package run.limber.api.clubs;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.clubs.shares.MemberShares;
import run.limber.domain.shared.PageRequest;

/**
 * What a club's coaches see of one member beyond the dashboard: never more than the member shares with this club.
 * A member who leaves is not found at once, past weeks included.
 */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/{id: \\d{1,18}}/members/{accountId: \\d{1,18}}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class MemberSharesResource {

    private static final String NOT_FOUND = " A member who is not (or no longer) in the club is 404.";

    private final MemberShares shares;

    MemberSharesResource(MemberShares shares) {
        this.shares = shares;
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "List a member's sessions of the club's assigned routines", operationId = "listMemberSessions",
            description = "Coaches and the owner. Newest first: the member's sessions that count towards the club's"
                    + " assignments (as on the adherence dashboard), from the day they joined; never the rest of their"
                    + " log. Listed only when the member shares at least one of notes, ease ratings and pain flags"
                    + " with the club: otherwise 200 with no items, a total of 0 and every `shared` flag false, as"
                    + " joining alone shares weekly counts, the streak and the last session's date, not the days. Each"
                    + " item is the session's `day` in the member's time zone, its `routine` and `context`; never its"
                    + " id, time or duration. `note`, `ratings` and `pain` appear only when shared; `shared` says"
                    + " which, so a missing field can be read as \"not shared\" rather than \"none\"."
                    + NOT_FOUND)
    @APIResponseSchema(value = SharedSessionsBody.class, responseDescription = "One page of sessions, or no items"
            + " and every `shared` flag false")
    @ErrorResponses.BadRequest
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public SharedSessionsBody sessions(@PathParam("id") long id, @PathParam("accountId") long accountId,
                                       @BeanParam PageParameters paging) {
        return SharedSessionsBody.of(shares.sessions(id, accountId, page(paging)));
    }

    @GET
    @Path("/self-tests")
    @Operation(summary = "List a member's self-tests", operationId = "listMemberSelfTests",
            description = "Coaches and the owner. Newest first, when the member shares self-test results with the"
                    + " club; when they do not, 200 with `shared: false`, no items and a total of 0, so a client can"
                    + " say \"not shared\". A test's `note` appears only when they share notes too." + NOT_FOUND)
    @APIResponseSchema(value = SharedSelfTestsBody.class, responseDescription = "One page of self-tests, or"
            + " `shared: false`")
    @ErrorResponses.BadRequest
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public SharedSelfTestsBody selfTests(@PathParam("id") long id, @PathParam("accountId") long accountId,
                                         @BeanParam PageParameters paging) {
        return SharedSelfTestsBody.of(shares.selfTests(id, accountId, page(paging)));
    }

    private static PageRequest page(PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return page;
    }
}
