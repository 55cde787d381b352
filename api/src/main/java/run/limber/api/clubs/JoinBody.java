package run.limber.api.clubs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Joining a club with its code and one's sharing choices. */
record JoinBody(@Schema(description = "The join code, in any case; dashes and spaces are ignored", required = true)
                String code,
                @Schema(description = "Left out: nothing beyond what joining always shares") SharingBody sharing) {
}
