package run.limber.api.clubs;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.Problem;
import run.limber.domain.clubs.ClubInvitations;

/** The invited runner's side: what accepting means, then accepting with their sharing choices. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/invitations/{token}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class InvitationAcceptResource {

    private static final String NOT_USABLE = "No invitation for my email behind this link, or it expired or was used";

    private final ClubInvitations invitations;

    InvitationAcceptResource(ClubInvitations invitations) {
        this.invitations = invitations;
    }

    @GET
    @Operation(summary = "See what accepting an invitation means", operationId = "previewInvitation",
            description = "The club, its coaches and the sharing choices to make, before accepting.")
    @APIResponseSchema(value = PreviewBody.class, responseDescription = "The club and what joining shares")
    @ErrorResponses.Unauthorized
    @APIResponse(responseCode = "404", description = NOT_USABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PreviewBody preview(@PathParam("token") String token) {
        return PreviewBody.of(invitations.preview(token));
    }

    @POST
    @Operation(summary = "Accept an invitation", operationId = "acceptInvitation",
            description = "Joins as a member with these sharing choices (the body may be left out: nothing beyond"
                    + " what joining always shares). The link then stops working.")
    @APIResponse(responseCode = "201", description = "The membership",
            content = @Content(schema = @Schema(implementation = MembershipBody.class)))
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    @APIResponse(responseCode = "404", description = NOT_USABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ClubErrors.Conflict
    public Response accept(@PathParam("token") String token, SharingBody sharing) {
        return Response.status(Response.Status.CREATED)
                .entity(MembershipBody.of(invitations.accept(token, SharingBody.choices(sharing)))).build();
    }
}
