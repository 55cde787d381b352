package run.limber.domain.accounts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How accounts and signing in behave; see the Accounts section of application.properties. */
@ConfigMapping(prefix = "limber.accounts")
public interface AccountSettings {

    /**
     * Demo mode creates the four demo accounts and shows them on the sign-in page. On by default when
     * Limber runs on its embedded database; never turn it on for real users.
     */
    @WithDefault("false")
    boolean demoMode();

    /** The first platform admin, created on start when no admin exists yet (LIMBER_ADMIN_EMAIL). */
    Optional<String> adminEmail();

    /** Their password (LIMBER_ADMIN_PASSWORD); it must pass the password rules. */
    Optional<String> adminPassword();

    /** A web session without requests for this long ends. */
    @WithDefault("30M")
    Duration sessionIdleTimeout();

    /** A web session ends this long after signing in, however busy it is (ASVS 5.0 7.3.2). */
    @WithDefault("12H")
    Duration sessionAbsoluteLifetime();

    /** How long an unused API refresh token stays valid. */
    @WithDefault("30D")
    Duration refreshTokenLifetime();

    /** A chain of refresh tokens ends this long after the sign-in that started it, however often it was rotated. */
    @WithDefault("30D")
    Duration refreshChainLifetime();

    /**
     * How many password hashes and checks may run at once (each holds 19 MiB of heap); beyond it they wait briefly,
     * then Limber answers 503. Unset: derived from the heap, see {@code PasswordHasher.heapShare()}.
     */
    Optional<Integer> concurrentPasswordHashes();

    /** How long a password reset link works. */
    @WithDefault("30M")
    Duration resetLinkLifetime();
}
