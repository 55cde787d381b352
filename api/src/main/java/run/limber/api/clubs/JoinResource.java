package run.limber.api.clubs;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import run.limber.domain.clubs.ClubMembership;
import run.limber.domain.shared.ValidationException;

/** Joining a club with its code: first what it means, then joining with one's sharing choices. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/join")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class JoinResource {

    private final ClubMembership membership;

    JoinResource(ClubMembership membership) {
        this.membership = membership;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "See what joining a club means", operationId = "previewJoin",
            description = "The club, what its coaches will always see of me, and what only if I turn it on.")
    @APIResponseSchema(value = PreviewBody.class, responseDescription = "The club and what joining shares")
    @ErrorResponses.Unauthorized
    @APIResponse(responseCode = "404", description = "No club with this code (switched off or replaced)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PreviewBody preview(@PathParam("code") String code) {
        return PreviewBody.of(membership.preview(code));
    }

    @POST
    @Operation(summary = "Join a club with its code", operationId = "joinClub",
            description = "As a member, sharing what `sharing` turns on beyond the weekly counts, streak and last"
                    + " session date.")
    @APIResponse(responseCode = "201", description = "The membership",
            content = @Content(schema = @Schema(implementation = MembershipBody.class)))
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    @APIResponse(responseCode = "404", description = "No club with this code (switched off or replaced)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ClubErrors.Conflict
    public Response join(@NotNull(message = ClubResource.BODY_REQUIRED) JoinBody body, @Context UriInfo uri) {
        if (body.code() == null || body.code().isBlank()) {
            throw new ValidationException("code", "enter the club's join code");
        }
        var joined = membership.join(body.code(), SharingBody.choices(body.sharing()));
        var location = uri.getBaseUriBuilder().path("api/v1/clubs/{id}/members/me").build(joined.clubId());
        return Response.created(location).entity(MembershipBody.of(joined)).build();
    }
}
