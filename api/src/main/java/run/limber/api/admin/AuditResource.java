package run.limber.api.admin;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditType;
import run.limber.domain.shared.Page;

/** The audit log for admins: it names accounts and addresses, so editors do not read it. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who did what, when, to which account or content item")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed("ADMIN")
class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Read the audit log", operationId = "listAuditEntries",
            description = "Newest first, paged, optionally of one type (any case).")
    @APIResponse(responseCode = "200", description = "One page of audit entries")
    @ErrorResponses.BadRequest
    @ErrorResponses.Unauthorized
    @ErrorResponses.Forbidden
    public Page<AuditEntryBody> list(
            @QueryParam("type") @Parameter(description = "An event type such as CONTENT_PUBLISHED or LOGIN_FAILED")
            String type,
            @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var wanted = check.optionalEnum("type", type, AuditType.class);
        var page = check.page(paging);
        check.verify();
        return audit.list(wanted, page).map(AuditEntryBody::of);
    }
}
