package run.limber.webui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Vaadin sessions and UIs alive on this instance, for /q/metrics: each holds server memory and is bound to this replica
 * by cookie affinity, so they tell what a restart of it would move. Counted for the runners' and the admin's UIs alike
 * (one Vaadin service serves both). Created at start, so the gauges are listed before Vaadin's first request.
 */
@Startup
@ApplicationScoped
class VaadinMeters {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMeters(MeterRegistry registry) {
        Gauge.builder("limber.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions alive on this instance").register(registry);
        Gauge.builder("limber.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) alive on this instance").register(registry);
    }

    void onServiceInit(@Observes ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> sessions.incrementAndGet());
        service.addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        service.addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }
}
