package run.limber.api.clubs;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.clubs.ClubDetails;
import run.limber.domain.clubs.ClubRole;

/** A club as one of its people sees it. */
record ClubBody(long id, String name, String timeZone, String description, Instant createdAt,
                @Schema(description = "The caller's role in this club") ClubRole role,
                long memberCount,
                @Schema(description = "Coaches only; null while joining by code is off") String joinCode,
                @Schema(description = "Coaches only: the page a runner opens to join") String joinLink) {

    static ClubBody of(ClubDetails club) {
        return new ClubBody(club.id(), club.name(), club.timeZone(), club.description(), club.createdAt(), club.role(),
                club.memberCount(), club.joinCode(), club.joinLink());
    }
}
