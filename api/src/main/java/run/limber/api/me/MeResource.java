package run.limber.api.me;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.domain.accounts.AccountService;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/me")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My account", description = "The signed-in caller's own account")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class MeResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final AccountService accounts;

    MeResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "Get my account", operationId = "getMyAccount",
            description = "My email, display name, time zone and roles.")
    @APIResponseSchema(value = AccountBody.class, responseDescription = "My account")
    @ErrorResponses.Unauthorized
    public AccountBody get() {
        return AccountBody.of(accounts.current());
    }

    @PATCH
    @Operation(summary = "Change my display name and/or time zone", operationId = "updateMyAccount",
            description = "Fields left out stay as they are.")
    @APIResponseSchema(value = AccountBody.class, responseDescription = "My account as it is now")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    public AccountBody update(@NotNull(message = BODY_REQUIRED) ProfileBody body) {
        return AccountBody.of(accounts.updateProfile(body.displayName(), body.timeZone()));
    }

    @PUT
    @Path("/password")
    @Operation(summary = "Change my password", operationId = "changeMyPassword",
            description = "Signs the account out everywhere else: web sessions and refresh tokens end. After 5 wrong"
                    + " current passwords (here or when deleting the account) within 15 minutes, checks wait (429).")
    @APIResponse(responseCode = "204", description = "Changed")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    @ErrorResponses.TooManyRequests
    @ErrorResponses.PasswordChecksBusy
    @RunOnVirtualThread
    public void changePassword(@NotNull(message = BODY_REQUIRED) PasswordChangeBody body) {
        accounts.changePassword(body.currentPassword(), body.newPassword());
    }

    @GET
    @Path("/export")
    @Operation(summary = "Download everything Limber holds about me, as JSON", operationId = "exportMyData",
            description = "My account, my activity and the data kept about me, as one JSON attachment.")
    @APIResponseSchema(value = ExportBody.class, responseDescription = "An attachment, limber-export.json")
    @ErrorResponses.Unauthorized
    public RestResponse<ExportBody> export() {
        return RestResponse.ResponseBuilder.ok(ExportBody.of(accounts.exportData()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=limber-export.json")
                .build();
    }

    @DELETE
    @Operation(summary = "Delete my account and my personal data", operationId = "deleteMyAccount",
            description = "The password confirms it; wrong ones are limited as for a password change.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    @ErrorResponses.TooManyRequests
    @ErrorResponses.PasswordChecksBusy
    @RunOnVirtualThread
    public void delete(@NotNull(message = BODY_REQUIRED) DeletionBody body) {
        accounts.deleteAccount(body.password());
    }
}
