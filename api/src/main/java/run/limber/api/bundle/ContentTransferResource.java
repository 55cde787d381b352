package run.limber.api.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.bundle.ContentBundle;
import run.limber.domain.bundle.ContentExport;
import run.limber.domain.bundle.ContentTransfer;
import run.limber.domain.bundle.ImportProgress;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/admin/content")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content bundle", description = "All content as one versioned JSON file, out and in")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed({"EDITOR", "ADMIN"})
class ContentTransferResource {

    /** What {@code scope} may be. */
    enum Scope { PUBLISHED, ALL }

    private final ContentExport export;
    private final ContentTransfer transfer;

    ContentTransferResource(ContentExport export, ContentTransfer transfer) {
        this.export = export;
        this.transfer = transfer;
    }

    @GET
    @Path("/export")
    @Operation(summary = "Export all content as one bundle", operationId = "exportContent",
            description = "PUBLISHED (the default) holds what runners see; ALL holds each item's working copy, drafts"
                    + " included, archived items left out. Import takes the same file.")
    @APIResponseSchema(value = ContentBundle.class, responseDescription = "The bundle, as a file to save")
    @ErrorResponses.BadRequest
    @ErrorResponses.EditorsOnly
    public Response export(@QueryParam("scope") @Parameter(description = "PUBLISHED or ALL, any case") String scope) {
        var check = new ParameterCheck();
        var wanted = check.optionalEnum("scope", scope, Scope.class).orElse(Scope.PUBLISHED);
        check.verify();
        String file = "limber-content-%s-%s.json".formatted(wanted.name().toLowerCase(), LocalDate.now(ZoneOffset.UTC));
        return Response.ok(export.export(wanted == Scope.PUBLISHED))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a bundle", operationId = "importContent",
            description = "Checks the whole bundle first (every problem is reported with its path, e.g."
                    + " drills[3].name). A dry run reports what would be created, changed or left unchanged and"
                    + " writes nothing; otherwise all of it is applied in one transaction, or none. Items are"
                    + " imported as drafts for review unless publish=true, which needs the right to publish without"
                    + " review (an admin, or anyone when review is off).")
    @APIResponse(responseCode = "200", description = "What the import did, or would do")
    @ErrorResponses.InvalidContent
    @ErrorResponses.EditorsOnly
    @ErrorResponses.TooLarge
    public ImportReportBody importBundle(
            @QueryParam("dryRun") @DefaultValue("false") @Parameter(description = "Only report; write nothing")
            boolean dryRun,
            @QueryParam("publish") @DefaultValue("false") @Parameter(description = "Publish what is created or"
                    + " changed") boolean publish,
            @RequestBody(description = "A bundle as export returns it", required = true) JsonNode bundle) {
        var plan = transfer.plan(bundle, publish);
        return ImportReportBody.of(dryRun ? plan.report() : plan.apply(ImportProgress.NONE), dryRun);
    }
}
