package run.limber.api.admin;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.api.me.AccountBody;
import run.limber.domain.accounts.AccountAdministration;
import run.limber.domain.accounts.Role;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.ValidationException;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/admin/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "User administration", description = "Platform admins manage accounts")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed("ADMIN")
class UserAdministrationResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final AccountAdministration administration;

    UserAdministrationResource(AccountAdministration administration) {
        this.administration = administration;
    }

    @GET
    @Operation(summary = "Find accounts by part of their email or name", operationId = "findAccounts",
            description = "Ordered by email.")
    @APIResponse(responseCode = "200", description = "One page of accounts")
    @ErrorResponses.BadRequest
    @ErrorResponses.Unauthorized
    @ErrorResponses.Forbidden
    public Page<AccountBody> search(
            @QueryParam("q") @Parameter(description = "Part of an email or display name, any case") String query,
            @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return administration.search(query, page).map(AccountBody::of);
    }

    @PUT
    @Path("/{id}/roles")
    @Operation(summary = "Set an account's roles", operationId = "setAccountRoles",
            description = "RUNNER is always kept. Admins cannot drop their own ADMIN role.")
    @APIResponseSchema(value = AccountBody.class, responseDescription = "The account with its new roles")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    @ErrorResponses.Forbidden
    @ErrorResponses.NoSuchAccount
    public AccountBody setRoles(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) RolesBody body) {
        if (body.roles() == null) {
            throw new ValidationException("roles", "must list the roles, e.g. [\"EDITOR\"]");
        }
        var check = new ParameterCheck();
        var roles = EnumSet.noneOf(Role.class);
        for (String role : body.roles()) {
            check.optionalEnum("roles", role, Role.class).ifPresent(roles::add);
        }
        check.verify();
        return AccountBody.of(administration.setRoles(id, roles));
    }

    @PUT
    @Path("/{id}/disabled")
    @Operation(summary = "Disable an account, or enable it again", operationId = "setAccountDisabled",
            description = "Disabling signs it out everywhere at once; its access tokens stop working on the next"
                    + " request. Admins cannot disable themselves.")
    @APIResponseSchema(value = AccountBody.class, responseDescription = "The account as it is now")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    @ErrorResponses.Forbidden
    @ErrorResponses.NoSuchAccount
    public AccountBody setDisabled(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) DisabledBody body) {
        if (body.disabled() == null) {
            throw new ValidationException("disabled", "must be true or false");
        }
        return AccountBody.of(administration.setDisabled(id, body.disabled()));
    }
}
