package org.arbg.workflows.generator;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs numbered batches of work on up to {@code threads} Java threads and hands the results to the calling
 * thread in batch order.
 * <ul>
 *   <li>Order: the task of batch k is created on the calling thread, in order k = 0, 1, 2, …, so anything that
 *       must not depend on scheduling (such as splitting a random generator) belongs in the task factory.
 *       Results reach the sink in batch order whatever order the workers finish in.</li>
 *   <li>Memory: at most {@code threads} batches are submitted and not yet taken, plus the one the sink is
 *       consuming: at most threads + 1 results exist at a time.</li>
 *   <li>Failure: the first failing batch in batch order ends the run with its own exception (unwrapped from
 *       the executor's). Batches not yet started are dropped and running ones are interrupted; the call returns
 *       only once every worker has stopped, since a worker may hold native memory that the caller frees
 *       next.</li>
 * </ul>
 */
final class OrderedBatches {
    private OrderedBatches() {
    }

    /** Consumes batch results on the calling thread. */
    @FunctionalInterface
    interface Sink<R> {
        void accept(int batch, R result) throws IOException;
    }

    /**
     * @param count   number of batches
     * @param threads worker threads, &ge; 1
     * @param tasks   batch index → its work; called on this thread in batch order
     * @param sink    called on this thread with each result, in batch order
     * @throws IOException from the sink or a task, as thrown
     */
    static <R> void run(int count, int threads, IntFunction<Callable<R>> tasks, Sink<R> sink) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, namedDaemons());
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (int k = 0; k < count; k++) {
                while (submitted < count && inFlight.size() < threads) {
                    inFlight.add(pool.submit(tasks.apply(submitted++)));
                }
                R result = await(inFlight.removeFirst());
                if (submitted < count) {  // keep every worker busy while the sink consumes
                    inFlight.add(pool.submit(tasks.apply(submitted++)));
                }
                sink.accept(k, result);
            }
        } finally {
            for (Future<R> f : inFlight) {
                f.cancel(true);
            }
            pool.shutdownNow();
            awaitTermination(pool);
        }
    }

    private static <R> R await(Future<R> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a batch");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("batch failed: " + cause, cause);
        }
    }

    /** Waits for the workers to stop; keeps waiting through interrupts (restoring the flag afterwards). */
    private static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "arbg-sample-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
