package run.limber.deploy.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import run.limber.domain.audit.ClientAddresses;

/**
 * The client address in tests: the request's, as in production, unless a test that calls a service directly (with no
 * request) says where the call comes from ({@link #from}), to see limits per address at work without going through
 * the web UI.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClientAddresses implements ClientAddresses {

    private static final ThreadLocal<String> CHOSEN = new ThreadLocal<>();

    private final RequestClientAddresses requests;

    TestClientAddresses(RequestClientAddresses requests) {
        this.requests = requests;
    }

    /** Runs the work on this thread as if in a request from this address. */
    public static void from(String address, Runnable work) {
        CHOSEN.set(address);
        try {
            work.run();
        } finally {
            CHOSEN.remove();
        }
    }

    @Override
    public Optional<String> current() {
        return Optional.ofNullable(CHOSEN.get()).or(requests::current);
    }
}
