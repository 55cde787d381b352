package run.limber.api.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account. */
public record RegistrationBody(
        String email,
        @Schema(description = "8 to 128 characters, spaces and any script allowed; common passwords are refused")
        String password,
        String displayName,
        @Schema(description = "IANA time zone such as Europe/Berlin; UTC when left out") String timeZone) {
}
