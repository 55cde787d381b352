package run.limber.api.clubs;

import java.time.Instant;
import run.limber.domain.clubs.ClubInvitations;

/** An invitation sent (its link went to the address only). */
record InvitationBody(long id, String email, Instant expiresAt) {

    static InvitationBody of(ClubInvitations.Invited invited) {
        return new InvitationBody(invited.id(), invited.email(), invited.expiresAt());
    }
}
