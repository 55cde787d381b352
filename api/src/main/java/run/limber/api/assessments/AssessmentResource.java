package run.limber.api.assessments;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.api.base.Problem;
import run.limber.domain.assessments.Assessments;
import run.limber.domain.shared.Page;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/me/assessments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Self-tests", description = "The caller's mobility self-tests: knee-to-wall and seated hip rotation")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class AssessmentResource {

    private final Assessments assessments;

    AssessmentResource(Assessments assessments) {
        this.assessments = assessments;
    }

    @POST
    @Operation(summary = "Record a self-test", operationId = "recordSelfTest",
            description = "Knee-to-wall distances are required; the hip check is optional. A left/right knee-to-wall"
                    + " difference of 2 cm or more is flagged as sidesDiffer.")
    @APIResponseSchema(value = AssessmentBody.class, responseCode = "201", responseDescription = "The recorded test")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    public RestResponse<AssessmentBody> record(@NotNull(message = "a JSON body is required") AssessmentRequestBody body) {
        var recorded = assessments.record(body.toNewAssessment());
        return RestResponse.ResponseBuilder.<AssessmentBody>created(URI.create("/api/v1/me/assessments/" + recorded.id()))
                .entity(AssessmentBody.of(recorded)).build();
    }

    @GET
    @Operation(summary = "List my self-tests, newest first", operationId = "listMySelfTests",
            description = "Paged; each test with its knee-to-wall distances, hip check and note.")
    @APIResponse(responseCode = "200", description = "One page of my tests")
    @ErrorResponses.BadRequest
    @ErrorResponses.Unauthorized
    public Page<AssessmentBody> list(@BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return assessments.list(page).map(AssessmentBody::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one of my self-tests", operationId = "getMySelfTest",
            description = "Only the caller's own tests are found; any other id is 404.")
    @APIResponseSchema(value = AssessmentBody.class, responseDescription = "The test")
    @APIResponse(responseCode = "404", description = "I have no self-test with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ErrorResponses.Unauthorized
    public AssessmentBody get(@PathParam("id") UUID id) {
        return AssessmentBody.of(assessments.get(id));
    }
}
