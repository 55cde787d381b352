package run.limber.domain.audit;

import java.util.Optional;

/**
 * The address the current request came from, for audit entries written deep in a service. The app supplies it from
 * the HTTP layer; work without a request (the publishing scheduler, start-up) has none.
 */
public interface ClientAddresses {

    Optional<String> current();
}
