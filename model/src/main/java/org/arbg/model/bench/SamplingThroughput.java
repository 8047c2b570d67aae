package org.arbg.model.bench;

import java.util.SplittableRandom;
import org.arbg.model.ArModel;

/** Proposals per second of {@link ArModel#sample}, with or without the KV cache (for {@code arbg bench}). */
public final class SamplingThroughput {
    private SamplingThroughput() {
    }

    /**
     * @param proposals         samples drawn in the timed run
     * @param batch             sequences decoded together
     * @param kvCache           whether the KV cache was used
     * @param seconds           wall time of the timed run, s
     * @param proposalsPerSecond proposals / seconds
     */
    public record Result(int proposals, int batch, boolean kvCache, double seconds, double proposalsPerSecond) {
    }

    /**
     * {@link #measure(ArModel, int, int, boolean)} at the sampling default, {@link ArModel#DEFAULT_BATCH} (what
     * {@code arbg sample} uses), with the KV cache.
     */
    public static Result measure(ArModel model, int n) {
        return measure(model, n, ArModel.DEFAULT_BATCH, true);
    }

    /**
     * Draws {@code n} samples at τ = 1 after an untimed warm-up batch and reports the rate.
     *
     * @param batch   sequences decoded together
     * @param kvCache KV-cache decoding, or full-prefix recomputation
     */
    public static Result measure(ArModel model, int n, int batch, boolean kvCache) {
        model.sample(Math.min(n, batch), 1.0, new SplittableRandom(0), batch, kvCache);
        long t0 = System.nanoTime();
        model.sample(n, 1.0, new SplittableRandom(1), batch, kvCache);
        double s = (System.nanoTime() - t0) / 1e9;
        return new Result(n, batch, kvCache, s, n / s);
    }
}
