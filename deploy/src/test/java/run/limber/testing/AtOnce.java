package run.limber.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Calls made at the same moment, each on a thread of its own: for rules that must hold under concurrency. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs {@code call(0)} to {@code call(times - 1)} together and returns their results in that order. */
    public static <T> List<T> run(int times, IntFunction<T> call) {
        var barrier = new CyclicBarrier(times);
        try (var pool = Executors.newFixedThreadPool(times)) {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < times; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return call.apply(index);
                }));
            }
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
