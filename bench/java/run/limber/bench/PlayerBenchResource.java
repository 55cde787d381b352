package run.limber.bench;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.accounts.Registration;
import run.limber.domain.player.PlayerService;
import run.limber.domain.sessions.SessionContext;

/**
 * Times {@link PlayerService#next}, the call behind the player's "Done"/"Ready" (and, at the same cost, every other
 * player action), with many runners playing at once: each runner is a thread signed in as an account of its own that
 * plays {@code ten-minute-mobility} over and over, one action per think time. Only in the bench build; never shipped.
 */
@Path("/bench/player")
@PermitAll
public class PlayerBenchResource {

    private static final String ROUTINE = "ten-minute-mobility";

    private final AccountService accounts;
    private final PlayerService player;

    PlayerBenchResource(AccountService accounts, PlayerService player) {
        this.accounts = accounts;
        this.player = player;
    }

    /** Latency figures in milliseconds over the measured calls, after a warm-up that is not counted. */
    public record Result(int runners, int seconds, int thinkMillis, int calls, double p50, double p95, double p99,
                         double max) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Result run(@QueryParam("runners") @DefaultValue("50") int runners,
                      @QueryParam("seconds") @DefaultValue("20") int seconds,
                      @QueryParam("warmup") @DefaultValue("5") int warmup,
                      @QueryParam("thinkMillis") @DefaultValue("1000") int thinkMillis) throws Exception {
        var runnerAccounts = CompletableFuture.supplyAsync(() -> register(runners)).get();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        var tasks = new ArrayList<Callable<List<Long>>>();
        runnerAccounts.forEach(account -> tasks.add(() -> play(account, measureFrom, end, thinkMillis)));
        long[] nanos;
        try (var pool = Executors.newFixedThreadPool(runners)) {
            var all = new ArrayList<Long>();
            for (var future : pool.invokeAll(tasks)) {
                all.addAll(future.get());
            }
            nanos = all.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return new Result(runners, seconds, thinkMillis, nanos.length, percentile(nanos, 50), percentile(nanos, 95),
                percentile(nanos, 99), nanos.length == 0 ? 0 : millis(nanos[nanos.length - 1]));
    }

    /**
     * The runners' accounts, made off the bench request's thread: work without an HTTP request has no client address,
     * so the per-address limit on registrations (which the bench's many runners would pass) does not apply to it.
     */
    private List<AccountSummary> register(int runners) {
        var requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return IntStream.range(0, runners).mapToObj(i -> accounts.register(new Registration(
                    "bench-" + UUID.randomUUID() + "@bench.limber.run", "bench passphrase " + UUID.randomUUID(),
                    "Bench Runner", "UTC"))).toList();
        } finally {
            requestContext.terminate();
        }
    }

    /** One runner: signed in on this thread, going through the routine step by step until the time is up. */
    private List<Long> play(AccountSummary account, long measureFrom, long end, int thinkMillis) throws InterruptedException {
        var requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity
                    .builder().setPrincipal(new QuarkusPrincipal(Long.toString(account.id()))).addRole("RUNNER").build());
            var timings = new ArrayList<Long>();
            var random = ThreadLocalRandom.current();
            Thread.sleep(random.nextInt(Math.max(1, thinkMillis))); // runners do not all tap at the same instant
            player.start(ROUTINE, SessionContext.REST_DAY, Optional.empty());
            while (System.nanoTime() < end) {
                long before = System.nanoTime();
                var state = player.next(ROUTINE, Optional.empty());
                long after = System.nanoTime();
                if (before >= measureFrom) {
                    timings.add(after - before);
                }
                if (state.finished()) {
                    player.start(ROUTINE, SessionContext.REST_DAY, Optional.empty());
                }
                if (thinkMillis > 0) {
                    Thread.sleep(thinkMillis / 2 + random.nextInt(thinkMillis));
                }
            }
            return timings;
        } finally {
            requestContext.terminate();
        }
    }

    /** Nearest rank. */
    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return millis(sorted[Math.max(0, rank - 1)]);
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
