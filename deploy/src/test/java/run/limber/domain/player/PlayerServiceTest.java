package run.limber.domain.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.Registration;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.sessions.SessionService;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.PageRequest;

/** Player actions that arrive at once (two tabs, a double tap) are applied one after the other, never lost or doubled. */
@QuarkusTest
class PlayerServiceTest {

    private static final String ROUTINE = "post-run-cooldown";

    @Inject
    AccountService accounts;

    @Inject
    PlayerService player;

    @Inject
    SessionService sessions;

    private long runner;

    @BeforeEach
    void registerARunner() {
        runner = accounts.register(new Registration("player-service-" + UUID.randomUUID() + "@test.limber.run",
                "a passphrase only player tests use", "Player Test", "UTC")).id();
    }

    @Test
    void tapsFromManyTabsAtOnceAreAllCounted() throws Exception {
        asRunner(() -> player.start(ROUTINE, SessionContext.AFTER_RUN, Optional.empty()));

        atOnce(8, () -> player.count(ROUTINE, Optional.empty()));

        assertEquals(8, asRunner(() -> player.current(ROUTINE, Optional.empty()).orElseThrow().count()));
    }

    @Test
    void twoSavesAtOnceLogOneSession() throws Exception {
        asRunner(() -> player.next(startAndReturn(), Optional.empty()));

        var outcomes = atOnce(2, () -> player.save(ROUTINE, Optional.empty(), Feedback.none()));

        long failed = outcomes.stream().filter(o -> o instanceof ConflictException).count();
        assertEquals(1, failed, outcomes.toString());
        assertEquals(1, asRunner(() -> sessions.list(Optional.empty(), Optional.empty(), PageRequest.first(5)).total()));
        assertEquals(Optional.empty(), asRunner(() -> player.current(ROUTINE, Optional.empty())));
    }

    @Test
    void backMakesASetUndoneAndSkipNeverMarksIt() throws Exception {
        asRunner(this::startAndReturn);
        asRunner(() -> player.next(ROUTINE, Optional.empty()));
        asRunner(() -> player.back(ROUTINE, Optional.empty()));
        var state = asRunner(() -> player.skip(ROUTINE, Optional.empty()));

        assertEquals(1, state.stepIndex());
        assertEquals(0, state.completed().size());
        var error = assertThrows(ExecutionException.class,
                () -> asRunner(() -> player.count("ten-minute-mobility", Optional.empty())));
        assertInstanceOf(ConflictException.class, error.getCause(), "nothing to count before starting");
    }

    private String startAndReturn() {
        player.start(ROUTINE, SessionContext.AFTER_RUN, Optional.empty());
        return ROUTINE;
    }

    /** Runs the action on as many threads, released together; answers each one's result or exception. */
    private List<Object> atOnce(int threads, Callable<?> action) throws Exception {
        var barrier = new CyclicBarrier(threads);
        var futures = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> signedIn(() -> {
                    barrier.await();
                    return action.call();
                })));
            }
            var outcomes = new ArrayList<Object>();
            for (var future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        }
    }

    /** Runs the action as the runner on a thread of its own, as a request would. */
    private <T> T asRunner(Callable<T> action) throws Exception {
        try (var pool = Executors.newSingleThreadExecutor()) {
            return pool.submit(() -> signedIn(action)).get();
        }
    }

    private <T> T signedIn(Callable<T> action) throws Exception {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity
                    .builder().setPrincipal(new QuarkusPrincipal(Long.toString(runner))).addRole("RUNNER").build());
            return action.call();
        } finally {
            context.terminate();
        }
    }
}
