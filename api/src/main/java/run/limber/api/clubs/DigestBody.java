package run.limber.api.clubs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a coach gets the Monday digest of this club. */
record DigestBody(@Schema(required = true) Boolean wantsDigest) {
}
