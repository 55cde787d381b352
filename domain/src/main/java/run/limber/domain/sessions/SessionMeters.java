package run.limber.domain.sessions;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Sessions logged, for /q/metrics. Created at start, so the counter is listed (at 0) from the first scrape on. */
@Startup
@ApplicationScoped
class SessionMeters {

    private final Counter logged;

    SessionMeters(MeterRegistry registry) {
        logged = Counter.builder("limber.sessions.logged")
                .description("Training sessions logged (a replay of an Idempotency-Key is not counted again)")
                .register(registry);
    }

    void logged() {
        logged.increment();
    }
}
