package run.limber.api.routines;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.plan.RoutinePlans;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.shared.Page;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/routines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routines", description = "Published routines: drills in order")
@PermitAll
class RoutineResource {

    private final RoutineCatalog catalog;
    private final RoutinePlans plans;

    RoutineResource(RoutineCatalog catalog, RoutinePlans plans) {
        this.catalog = catalog;
        this.plans = plans;
    }

    @GET
    @Operation(summary = "List published routines", operationId = "listRoutines",
            description = "Paged; each routine with its name, description and timings.")
    @APIResponse(responseCode = "200", description = "One page of routines")
    @ErrorResponses.BadRequest
    public Page<RoutineSummaryBody> list(@BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return catalog.list(page).map(RoutineSummaryBody::of);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get a published routine with its drills in order", operationId = "getRoutine",
            description = "Its description, frequency and drills in order.")
    @APIResponseSchema(value = RoutineBody.class, responseDescription = "The routine")
    @ErrorResponses.NotFound
    public RoutineBody get(@PathParam("slug") String slug) {
        return RoutineBody.of(catalog.get(slug));
    }

    @GET
    @Path("/{slug}/plan")
    @Operation(summary = "Get a published routine as the ordered sets and transitions to follow",
            operationId = "getRoutinePlan",
            description = "Each drill's prescription expanded: one SET per side, foot angle and direction, with a"
                    + " TRANSITION (switch legs, turn the foot, next drill) between any two sets.")
    @APIResponseSchema(value = PlanBody.class, responseDescription = "The plan")
    @ErrorResponses.NotFound
    public PlanBody plan(@PathParam("slug") String slug) {
        return PlanBody.of(plans.plan(slug));
    }
}
