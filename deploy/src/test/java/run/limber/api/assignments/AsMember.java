package run.limber.api.assignments;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

/** Calls domain services as a signed-in runner, on a thread of its own with a request context, as a request would. */
final class AsMember {

    private AsMember() {
    }

    static <T> T call(long account, Callable<T> action) throws Exception {
        try (var pool = Executors.newSingleThreadExecutor()) {
            return pool.submit(() -> {
                var context = Arc.container().requestContext();
                context.activate();
                try {
                    Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity
                            .builder().setPrincipal(new QuarkusPrincipal(Long.toString(account))).addRole("RUNNER")
                            .build());
                    return action.call();
                } finally {
                    context.terminate();
                }
            }).get();
        }
    }
}
