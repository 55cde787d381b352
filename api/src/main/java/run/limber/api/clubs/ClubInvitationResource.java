package run.limber.api.clubs;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.domain.clubs.ClubInvitations;

/** Coaches invite runners by email. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/{id: \\d{1,18}}/invitations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class ClubInvitationResource {

    private final ClubInvitations invitations;

    ClubInvitationResource(ClubInvitations invitations) {
        this.invitations = invitations;
    }

    @POST
    @Operation(summary = "Invite someone by email", operationId = "inviteToClub",
            description = "Mails a link that works once, for a week, for the account with that address only. A club"
                    + " sends at most limber.clubs.invitations-per-day in 24 hours.")
    @APIResponse(responseCode = "201", description = "Sent",
            content = @Content(schema = @Schema(implementation = InvitationBody.class)))
    @ErrorResponses.InvalidFields
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    @ErrorResponses.TooManyRequests
    public Response invite(@PathParam("id") long id,
                           @NotNull(message = ClubResource.BODY_REQUIRED) InvitationRequestBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(InvitationBody.of(invitations.invite(id, body.email()))).build();
    }
}
