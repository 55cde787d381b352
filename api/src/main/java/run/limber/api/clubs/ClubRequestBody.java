package run.limber.api.clubs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A club's details as a coach writes them. */
record ClubRequestBody(
        @Schema(description = "1 to 80 characters", required = true, maxLength = 80) String name,
        @Schema(description = "An IANA time zone: the club's weeks and digests follow it", required = true,
                examples = "Europe/Berlin") String timeZone,
        @Schema(description = "Up to 1000 characters", maxLength = 1000) String description) {
}
