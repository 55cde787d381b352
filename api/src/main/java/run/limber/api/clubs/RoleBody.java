package run.limber.api.clubs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.clubs.ClubRole;

/** A club role to give a member. */
record RoleBody(@Schema(description = "COACH or MEMBER; ownership is handed on with POST /owner", required = true)
                ClubRole role) {
}
