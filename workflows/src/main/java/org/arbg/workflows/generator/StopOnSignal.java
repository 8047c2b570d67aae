package org.arbg.workflows.generator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Turns SIGINT / SIGTERM into a polite stop: a JVM shutdown hook sets the stop flag, then holds the JVM
 * open until {@link #close()} says the work has reached a safe state (checkpoint written), or until a
 * time limit passes. Work polls {@link #getAsBoolean()}. Use in try-with-resources around the whole job,
 * so that close() runs after the last file is written.
 */
public final class StopOnSignal implements BooleanSupplier, AutoCloseable {
    /** Longest the hook holds the JVM open: enough for a checkpoint of a small model. */
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(2);

    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private StopOnSignal(Duration maxWait) {
        hook = new Thread(() -> {
            stop.set(true);
            try {
                finished.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "arbg-stop-on-signal");
    }

    /** Registers the shutdown hook. */
    public static StopOnSignal install(Duration maxWait) {
        StopOnSignal s = new StopOnSignal(maxWait);
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** True once a stop was requested (by a signal, or {@link #requestStop()}). */
    @Override
    public boolean getAsBoolean() {
        return stop.get();
    }

    /** Requests a stop without a signal (tests, embedding code). */
    public void requestStop() {
        stop.set(true);
    }

    /** Releases a waiting hook and unregisters it. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running; counting down above lets the JVM exit
        }
    }
}
