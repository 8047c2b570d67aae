package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arbg.model.sampling.ConcurrentSampler;
import org.arbg.model.sampling.Samples;
import org.junit.jupiter.api.Test;

/**
 * Several Java threads decoding their own batches against one model's parameters give, bit for bit, what one
 * thread gives for the same per-batch random streams; log q still equals a full forward pass; nothing leaks
 * into the model's manager.
 */
class ConcurrentSamplingTest {
    private static final int T = 9;
    private static final int BINS = 32;
    private static final int BATCHES = 12;
    private static final int SIZE = 16;
    private static final double TAU = 0.9;

    private static ArModel model() {
        return ToyModels.sharpenedModel(T, BINS);
    }

    private static SplittableRandom[] streams(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] out = new SplittableRandom[BATCHES];
        for (int k = 0; k < BATCHES; k++) {
            out[k] = root.split();
        }
        return out;
    }

    /** Every batch decoded on {@code threads} threads at once (released together), in submission order. */
    private static List<Samples> concurrently(ConcurrentSampler sampler, SplittableRandom[] rngs, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Samples>> futures = new ArrayList<>();
            for (int k = 0; k < BATCHES; k++) {
                SplittableRandom rng = rngs[k];
                int size = SIZE - k % 3;  // batches of different sizes
                futures.add(pool.submit(() -> {
                    go.await();
                    return sampler.sample(size, rng);
                }));
            }
            go.countDown();
            List<Samples> out = new ArrayList<>();
            for (Future<Samples> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void threadsGiveBitwiseTheSameBatchesAsOneThread() throws Exception {
        try (ArModel m = model()) {
            ConcurrentSampler sampler = m.concurrentSampler(TAU);
            List<Samples> one = concurrently(sampler, streams(21), 1);
            int held = m.manager().getManagedArrays().size();
            for (int threads : new int[] {2, 3}) {
                List<Samples> many = concurrently(sampler, streams(21), threads);
                for (int k = 0; k < BATCHES; k++) {
                    assertArrayEquals(one.get(k).ic(), many.get(k).ic(), "ic of batch " + k + ", " + threads
                            + " threads");
                    assertArrayEquals(one.get(k).logQ(), many.get(k).logQ(), "log q of batch " + k + ", " + threads
                            + " threads");
                }
            }
            assertEquals(held, m.manager().getManagedArrays().size(), "worker arrays leaked into the model's manager");
            assertTrue(one.get(0).ic()[T - 1] != one.get(1).ic()[T - 1], "batches use different streams");
        }
    }

    @Test
    void concurrentlySampledLogQEqualsTheFullForwardScore() throws Exception {
        try (ArModel m = model()) {
            for (Samples s : concurrently(m.concurrentSampler(TAU), streams(5), 3)) {
                double[] rescored = m.logProb(s.ic(), s.n(), TAU);
                for (int i = 0; i < s.n(); i++) {
                    assertTrue(Double.isFinite(s.logQ()[i]));
                    assertEquals(s.logQ()[i], rescored[i], 1e-4, "sample " + i);
                }
            }
        }
    }

    /** Grad mode is per thread in libtorch: a sampling thread turns it off for itself and restores it. */
    @Test
    void gradModeIsRestoredOnTheSamplingThreadAndUntouchedElsewhere() throws Exception {
        try (ArModel m = model()) {
            ConcurrentSampler sampler = m.concurrentSampler(1.0);
            boolean here = JniUtils.isGradMode();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                boolean[] after = pool.submit(() -> {
                    JniUtils.setGradMode(true);
                    sampler.sample(4, new SplittableRandom(1));
                    return new boolean[] {JniUtils.isGradMode()};
                }).get();
                assertTrue(after[0], "grad mode restored on the worker");
            } finally {
                pool.shutdown();
            }
            assertEquals(here, JniUtils.isGradMode(), "the calling thread's grad mode is its own");
        }
    }
}
