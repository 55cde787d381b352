package run.limber.api.clubs;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ClubErrors;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.domain.clubs.ClubMembership;
import run.limber.domain.shared.ValidationException;

/** My own place in a club: what I share with its coaches, the coaches' digest, and leaving. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/clubs/{id: \\d{1,18}}/members/me")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clubs")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class MyMembershipResource {

    private final ClubMembership membership;

    MyMembershipResource(ClubMembership membership) {
        this.membership = membership;
    }

    @GET
    @Operation(summary = "Get my membership", operationId = "getMyMembership",
            description = "My role in the club, when I joined, and what I share with its coaches.")
    @APIResponseSchema(value = MembershipBody.class, responseDescription = "My role, when I joined, what I share")
    @ClubErrors.InClub
    public MembershipBody get(@PathParam("id") long id) {
        return MembershipBody.of(membership.mine(id));
    }

    @DELETE
    @Operation(summary = "Leave the club", operationId = "leaveClub",
            description = "The coaches lose access to everything of mine at once, past weeks included. An owner hands"
                    + " ownership on first (409 otherwise), unless they are the only member: then the club is"
                    + " deleted.")
    @APIResponse(responseCode = "204", description = "Left (and, for an owner on their own, the club deleted)")
    @ClubErrors.InClub
    @ClubErrors.Conflict
    public void leave(@PathParam("id") long id) {
        membership.leave(id);
    }

    @GET
    @Path("/sharing")
    @Operation(summary = "Get what I share with this club's coaches", operationId = "getMySharing",
            description = "Which of my notes, ease and pain ratings, self-tests and email the coaches may see.")
    @APIResponseSchema(value = SharingBody.class, responseDescription = "My sharing choices")
    @ClubErrors.InClub
    public SharingBody sharing(@PathParam("id") long id) {
        return SharingBody.of(membership.mine(id).sharing());
    }

    @PUT
    @Path("/sharing")
    @Operation(summary = "Change what I share with this club's coaches", operationId = "setMySharing",
            description = "Replaces all choices: one left out is off. Takes effect at once, for past weeks too.")
    @APIResponseSchema(value = SharingBody.class, responseDescription = "My sharing choices as they are now")
    @ErrorResponses.InvalidFields
    @ClubErrors.InClub
    public SharingBody share(@PathParam("id") long id,
                             @NotNull(message = ClubResource.BODY_REQUIRED) SharingBody body) {
        return SharingBody.of(membership.share(id, SharingBody.choices(body)).sharing());
    }

    @PUT
    @Path("/digest")
    @Operation(summary = "Choose whether I get the Monday digest", operationId = "setMyDigest",
            description = "Coaches and the owner: the weekly email of who missed last week's target and who is back.")
    @APIResponseSchema(value = MembershipBody.class, responseDescription = "My membership as it is now")
    @ErrorResponses.InvalidFields
    @ClubErrors.InClub
    @ClubErrors.CoachesOnly
    public MembershipBody digest(@PathParam("id") long id,
                                 @NotNull(message = ClubResource.BODY_REQUIRED) DigestBody body) {
        if (body.wantsDigest() == null) {
            throw new ValidationException("wantsDigest", "must be true or false");
        }
        return MembershipBody.of(membership.wantDigest(id, body.wantsDigest()));
    }
}
