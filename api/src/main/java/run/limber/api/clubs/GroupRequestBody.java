package run.limber.api.clubs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group's name. */
record GroupRequestBody(@Schema(description = "1 to 60 characters, unique in the club in any case", required = true,
        maxLength = 60) String name) {
}
