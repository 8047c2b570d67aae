package org.arbg.workflows.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits the n² scans of the solver (candidate search, certificate) over a few threads by row
 * ranges. The cost function must then be safe to call concurrently (pure functions are).
 * Thread count: system property {@code arbg.ot.threads}, default min(2, available processors).
 */
final class RowRanges {
    /** The work for rows [from, to) done by the given worker (0 ≤ worker < workers()). */
    @FunctionalInterface
    interface RangeTask {
        void run(int worker, int from, int to);
    }

    private static final int THREADS = Math.max(1, Integer.getInteger("arbg.ot.threads",
            Math.min(2, Runtime.getRuntime().availableProcessors())));
    /** Below this many rows a scan is too short to pay for a thread. */
    private static final int MIN_PARALLEL_ROWS = 512;

    private RowRanges() {
    }

    /** How many workers {@link #run} uses for n rows. */
    static int workers(int n) {
        return n < MIN_PARALLEL_ROWS ? 1 : THREADS;
    }

    static void run(int n, RangeTask task) {
        int w = workers(n);
        if (w == 1) {
            task.run(0, 0, n);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(w - 1, r -> {
            Thread t = new Thread(r, "ot-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int k = 1; k < w; k++) {
                int worker = k;
                pending.add(pool.submit(() -> task.run(worker, bound(n, w, worker), bound(n, w, worker + 1))));
            }
            task.run(0, 0, bound(n, w, 1));
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during an assignment scan", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int bound(int n, int workers, int k) {
        return (int) ((long) n * k / workers);
    }
}
