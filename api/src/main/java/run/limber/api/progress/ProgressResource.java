package run.limber.api.progress;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.InvalidParameterException;
import run.limber.domain.progress.ProgressService;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/me/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class ProgressResource {

    private final ProgressService progress;

    ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Operation(summary = "Get my sessions per ISO week against my goal, and my streak", operationId = "getMyProgress",
            description = "Weeks follow my time zone. Exactly the requested number of weeks, this week first.")
    @APIResponseSchema(value = ProgressBody.class, responseDescription = "My progress")
    @ErrorResponses.BadRequest
    @ErrorResponses.Unauthorized
    public ProgressBody get(@QueryParam("weeks") @DefaultValue("" + ProgressService.DEFAULT_WEEKS)
                            @Parameter(description = "How many weeks, 1 to " + ProgressService.MAX_WEEKS) String weeks) {
        return ProgressBody.of(progress.progress(parse(weeks)));
    }

    private static int parse(String weeks) {
        try {
            return Integer.parseInt(weeks.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("weeks", "must be a whole number from 1 to " + ProgressService.MAX_WEEKS);
        }
    }
}
