package run.limber.api.drills;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.DrillCatalog;
import run.limber.domain.drills.DrillFilter;
import run.limber.domain.drills.TargetArea;
import run.limber.domain.shared.Page;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/drills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills", description = "The published drill library")
@PermitAll
class DrillResource {

    private final DrillCatalog catalog;

    DrillResource(DrillCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List published drills", operationId = "listDrills",
            description = "Filter by target area and/or timing; any case.")
    @APIResponse(responseCode = "200", description = "One page of drills")
    @ErrorResponses.BadRequest
    public Page<DrillSummaryBody> list(
            @QueryParam("target") @Parameter(description = "ANKLE, CALF, HIP or THORACIC_SPINE") String target,
            @QueryParam("timing") @Parameter(description = "BEFORE_RUN, REST_DAY or AFTER_RUN") String timing,
            @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var filter = new DrillFilter(check.optionalEnum("target", target, TargetArea.class),
                check.optionalEnum("timing", timing, Timing.class));
        var page = check.page(paging);
        check.verify();
        return catalog.list(filter, page).map(DrillSummaryBody::of);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get a published drill with its prescription, label and sets", operationId = "getDrill",
            description = "Why it matters, setup, steps, feel, tips and illustrations, with its prescription.")
    @APIResponseSchema(value = DrillBody.class, responseDescription = "The drill")
    @ErrorResponses.NotFound
    public DrillBody get(@PathParam("slug") String slug) {
        return DrillBody.of(catalog.get(slug));
    }
}
