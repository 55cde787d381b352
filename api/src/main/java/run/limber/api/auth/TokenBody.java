package run.limber.api.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What signing in or refreshing returns. */
public record TokenBody(
        @Schema(required = true, description = "Send as 'Authorization: Bearer <accessToken>'") String accessToken,
        @Schema(required = true, description = "Always Bearer") String tokenType,
        @Schema(required = true, description = "Seconds until the access token expires") long expiresIn,
        @Schema(required = true, description = "Single use: refreshing returns the next one; reusing an old one revokes them all")
        String refreshToken) {

    static TokenBody bearer(String accessToken, long expiresIn, String refreshToken) {
        return new TokenBody(accessToken, "Bearer", expiresIn, refreshToken);
    }
}
