package run.limber.api.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the API's tokens behave; see the Security section of application.properties. Refresh tokens are the
 * accounts domain's ({@code limber.accounts.refresh-token-lifetime}).
 */
@ConfigMapping(prefix = "limber.auth")
interface AuthSettings {

    /**
     * How long an access token is accepted. Keep it short: a signed token cannot be called back, though every request
     * also checks that its account is still enabled. Clients get a new one with their refresh token.
     */
    @WithDefault("15M")
    Duration accessTokenTtl();
}
