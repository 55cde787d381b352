package run.limber.domain.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import run.limber.domain.shared.UnavailableException;

/**
 * Argon2id password hashing (OWASP's recommended parameters: 19 MiB, 2 passes). Unlike bcrypt it
 * reads every byte of a long passphrase, so nothing is silently truncated.
 *
 * <p>Every hash and check in Limber runs here, under one limit on how many run at once: each holds 19 MiB of heap,
 * and forty at once exhausted a 256 MB heap. Beyond the limit a hash waits up to {@link #WAIT}, then Limber answers
 * that it is busy (503 with {@code Retry-After}). A request that checks a password takes its turn ({@link #inTurn})
 * before its database steps too: requests beyond the limit then wait without a database connection, and a flood of
 * sign-ins can neither exhaust the connection pool nor the heap.
 */
@ApplicationScoped
class PasswordHasher {

    private static final int ARGON2_KIB = 19_456;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(ARGON2_KIB, 2, 1, 32, Argon2.ID, 19);
    /** Checked when the email is unknown, so the answer takes as long as for a real account. */
    private static final String DECOY = ARGON2.hash("decoy password for unknown accounts").getResult();
    /** A hash takes some 50 ms: a second in the queue is twenty turns of every permit, and still a short wait. */
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final int limit;
    private final Semaphore permits;
    /** Whether this thread has its turn already, so the hashes inside it take no second permit. */
    private final ThreadLocal<Boolean> inTurn = ThreadLocal.withInitial(() -> false);

    @Inject
    PasswordHasher(AccountSettings settings) {
        this(settings.concurrentPasswordHashes().orElseGet(PasswordHasher::heapShare));
    }

    PasswordHasher(int concurrentHashes) {
        // Fair, so a waiting sign-in is not overtaken by later ones until it gives up.
        this.limit = Math.max(1, concurrentHashes);
        this.permits = new Semaphore(limit, true);
    }

    /**
     * How many hashes may run at once when {@code limber.accounts.concurrent-password-hashes} is not set: a quarter
     * of the heap this JVM may grow to, divided by Argon2's memory per hash, at least 1 — 3 on the shipped 256 MB
     * heap. The other three quarters stay for everything else Limber holds. Read from {@code Runtime.maxMemory()},
     * so it follows a heap that a container sizes as a percentage of its memory. More would not be faster anyway:
     * hashing is CPU work, and a few hashes at once already keep two cores busy.
     */
    static int heapShare() {
        return (int) Math.max(1, Runtime.getRuntime().maxMemory() / 4 / (ARGON2_KIB * 1024L));
    }

    /** Turns taken now (AccountMeters). */
    int running() {
        return limit - permits.availablePermits();
    }

    /** Threads waiting for a turn, an estimate as Semaphore gives it (AccountMeters). */
    int waiting() {
        return permits.getQueueLength();
    }

    /** Runs work that hashes or checks passwords once a permit is free, or answers busy after {@link #WAIT}. */
    <T> T inTurn(Supplier<T> work) {
        if (inTurn.get()) {
            return work.get();
        }
        try {
            if (!permits.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        inTurn.set(true);
        try {
            return work.get();
        } finally {
            inTurn.set(false);
            permits.release();
        }
    }

    void inTurn(Runnable work) {
        inTurn(() -> {
            work.run();
            return null;
        });
    }

    String hash(String password) {
        return inTurn(() -> Password.hash(password).addRandomSalt(16).with(ARGON2).getResult());
    }

    boolean matches(String password, String hash) {
        return inTurn(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
    }

    /** Spends the same effort as {@link #matches} and always fails. */
    boolean matchesNothing(String password) {
        matches(password, DECOY);
        return false;
    }

    private static UnavailableException busy() {
        return new UnavailableException("Limber is checking too many passwords at once. Try again in a moment.",
                RETRY_AFTER);
    }
}
