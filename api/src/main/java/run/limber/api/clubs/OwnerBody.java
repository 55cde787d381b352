package run.limber.api.clubs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who takes the club on. */
record OwnerBody(@Schema(description = "The account id of a member of the club", required = true) Long accountId) {
}
