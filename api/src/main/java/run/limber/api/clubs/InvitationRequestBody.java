package run.limber.api.clubs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to invite. */
record InvitationRequestBody(@Schema(description = "The address the link goes to; only the account with it can use"
        + " the link", required = true, maxLength = 254) String email) {
}
