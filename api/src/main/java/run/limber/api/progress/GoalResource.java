package run.limber.api.progress;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.domain.accounts.AccountService;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/me/goal")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "The caller's weekly goal, sessions per week and streak")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class GoalResource {

    private final AccountService accounts;

    GoalResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "Get my weekly goal", operationId = "getMyGoal",
            description = "Sessions per ISO week that count as meeting it; 3 until changed.")
    @APIResponseSchema(value = GoalBody.class, responseDescription = "My goal")
    @ErrorResponses.Unauthorized
    public GoalBody get() {
        return new GoalBody(accounts.current().weeklyGoal());
    }

    @PUT
    @Operation(summary = "Set my weekly goal", operationId = "setMyGoal",
            description = "1 to 7 sessions per ISO week; 3 until changed.")
    @APIResponseSchema(value = GoalBody.class, responseDescription = "My goal as it is now")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    public GoalBody set(@NotNull(message = "a JSON body is required") GoalBody body) {
        return new GoalBody(accounts.changeWeeklyGoal(body.sessionsPerWeek()).weeklyGoal());
    }
}
