package org.arbg.model.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.random.RandomGenerator;
import org.arbg.model.density.LogitProcessor;
import org.arbg.model.density.TokenBinning;

/**
 * Draws sequences token by token and records log q of each draw. The categorical draw is an inverse CDF
 * with uniforms from a seeded Java RNG (DJL has no multinomial on PyTorch); the coordinate is placed
 * uniformly inside the chosen bin. RNG use is fixed per batch (B·T bin uniforms in token-major order, then
 * B·T offsets), so a seed gives the same samples with either {@link Decoder}.
 */
public final class AutoregressiveSampler {
    private final NDManager manager;
    private final TokenBinning binning;
    private final int batchSize;

    /**
     * @param manager   parent of the per-batch and per-step managers
     * @param batchSize sequences decoded together, &ge; 1
     */
    public AutoregressiveSampler(NDManager manager, TokenBinning binning, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.manager = manager;
        this.binning = binning;
        this.batchSize = batchSize;
    }

    /**
     * Draws n samples (every one: the last batch is smaller, never dropped).
     *
     * @param processor the temperature; log q is reported at the same τ
     * @param rng       seeded source of every random number used
     */
    @SuppressWarnings("try")  // NoGrad is a scope guard
    public Samples sample(Decoder decoder, int n, LogitProcessor processor, RandomGenerator rng) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        int t = binning.numTokens();
        double[] ic = new double[n * t];
        double[] logQ = new double[n];
        try (NoGrad ignored = new NoGrad()) {
            for (int start = 0; start < n; start += batchSize) {
                int b = Math.min(batchSize, n - start);
                sampleBatch(decoder, b, processor, rng, ic, logQ, start);
            }
        }
        return new Samples(ic, n, t, logQ, processor.temperature());
    }

    private void sampleBatch(Decoder decoder, int b, LogitProcessor processor, RandomGenerator rng, double[] ic,
                             double[] logQ, int start) {
        int t = binning.numTokens();
        int bins = binning.bins();
        long[] inputs = new long[b * t];
        int[] chosen = new int[b * t];
        double[] logMass = new double[b];
        for (int i = 0; i < b; i++) {
            inputs[i * t] = bins;
        }
        try (NDManager batchManager = manager.newSubManager(); Decoder.Session session = decoder.open(batchManager, b)) {
            for (int j = 0; j < t; j++) {
                try (NDManager step = batchManager.newSubManager()) {
                    NDArray logp = processor.logProbs(session.next(step, inputs, j));
                    float[] u = new float[b];
                    for (int i = 0; i < b; i++) {
                        u[i] = (float) rng.nextDouble();
                    }
                    long[] idx = inverseCdf(logp, step.create(u, new Shape(b, 1)));
                    float[] lp = logp.gather(step.create(idx, new Shape(b, 1)), 1).toFloatArray();
                    for (int i = 0; i < b; i++) {
                        chosen[i * t + j] = (int) idx[i];
                        logMass[i] += lp[i];
                        if (j + 1 < t) {
                            inputs[i * t + j + 1] = idx[i];
                        }
                    }
                }
            }
        }
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < t; j++) {
                ic[(start + i) * t + j] = binning.value(j, chosen[i * t + j], rng.nextDouble());
            }
            logQ[start + i] = binning.dequantise(logMass[i]);
        }
    }

    /**
     * Bin k with cdf[k−1] ≤ u·total &lt; cdf[k]. Scaling u by the row total (not assuming it is 1 in float)
     * keeps the index below L.
     */
    private static long[] inverseCdf(NDArray logp, NDArray u) {
        NDArray cdf = logp.exp().cumSum(1);
        NDArray total = cdf.get(new NDIndex(":, -1:"));
        NDArray below = cdf.lt(u.mul(total)).toType(DataType.INT64, false);
        return below.sum(new int[] {1}).toLongArray();
    }
}
