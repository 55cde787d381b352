package run.limber.domain.accounts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What an operator watches of signing in (/q/metrics): failed and throttled sign-ins, counted where they are decided,
 * and the password-hashing queue, whose waiting hashes come before 503s. Created at start, so the meters are listed
 * from the first scrape on.
 */
@Startup
@ApplicationScoped
class AccountMeters {

    private final Counter signInFailures;
    private final Counter signInThrottles;

    AccountMeters(MeterRegistry registry, PasswordHasher hasher) {
        signInFailures = Counter.builder("limber.sign.in.failures")
                .description("Sign-ins refused for a wrong email or password, or a disabled account")
                .register(registry);
        signInThrottles = Counter.builder("limber.sign.in.throttles")
                .description("Sign-ins refused unchecked because too many failed recently (per account or address)")
                .register(registry);
        Gauge.builder("limber.password.hashes.running", hasher, PasswordHasher::running)
                .description("Password hashes and checks running now")
                .register(registry);
        Gauge.builder("limber.password.hashes.waiting", hasher, PasswordHasher::waiting)
                .description("Password hashes and checks waiting for a turn (beyond a second they answer 503)")
                .register(registry);
    }

    void signInFailed() {
        signInFailures.increment();
    }

    void signInThrottled() {
        signInThrottles.increment();
    }
}
