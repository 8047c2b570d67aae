package org.arbg.model.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.concurrent.CancellationException;
import java.util.random.RandomGenerator;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.density.TokenBinning;

/**
 * Draws sequences token by token and records log q of each draw. The categorical draw is an inverse CDF
 * with uniforms from a seeded Java RNG (DJL has no multinomial on PyTorch); the coordinate is placed
 * uniformly inside the chosen bin. RNG use is fixed per batch (for a mixture of temperatures first B
 * component uniforms, then B·T bin uniforms in token-major order, then B·T offsets), so a seed gives the same
 * samples with either {@link Decoder}, and a single temperature draws exactly what it drew before mixtures.
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
     * @param temperatures the temperature, or the mixture each sample picks one from; log q is the density
     *                     of the whole mixture
     * @param rng          seeded source of every random number used
     */
    @SuppressWarnings("try")  // NoGrad is a scope guard
    public Samples sample(Decoder decoder, int n, TemperatureMixture temperatures, RandomGenerator rng) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        int t = binning.numTokens();
        double[] ic = new double[n * t];
        double[] logQ = new double[n];
        try (NoGrad ignored = new NoGrad()) {
            for (int start = 0; start < n; start += batchSize) {
                int b = Math.min(batchSize, n - start);
                sampleBatch(decoder, b, temperatures, rng, ic, logQ, start);
            }
        }
        return new Samples(ic, n, t, logQ, temperatures);
    }

    private void sampleBatch(Decoder decoder, int b, TemperatureMixture temperatures, RandomGenerator rng,
                             double[] ic, double[] logQ, int start) {
        int t = binning.numTokens();
        int bins = binning.bins();
        int k = temperatures.size();
        long[] inputs = new long[b * t];
        int[] chosen = new int[b * t];
        double[][] logMass = new double[b][k];  // per sample, Σ_j log P_j(bin_j) under each component
        for (int i = 0; i < b; i++) {
            inputs[i * t] = bins;
        }
        float[] rowTemperature = new float[b];  // the component each sample is decoded at (mixtures only)
        if (k > 1) {
            for (int i = 0; i < b; i++) {
                rowTemperature[i] = (float) temperatures.temperature(Math.min(k - 1, (int) (rng.nextDouble() * k)));
            }
        }
        float[] u = new float[b];
        long[] idx = new long[b];
        try (NDManager batchManager = manager.newSubManager(); Decoder.Session session = decoder.open(batchManager, b)) {
            NDArray rowTemperatures = k == 1 ? null : batchManager.create(rowTemperature, new Shape(b, 1));
            for (int j = 0; j < t; j++) {
                if (Thread.currentThread().isInterrupted()) {
                    // a sibling batch failed and the run is being cancelled: stop at a step boundary
                    throw new CancellationException("sampling interrupted at token " + j);
                }
                try (NDManager step = batchManager.newSubManager()) {
                    NDArray logits = session.next(step, inputs, j);
                    // each row samples from its own component: logits / τ_row (the same float division
                    // the component's LogitProcessor does, so the drawn bin's log P is the scored one)
                    NDArray logp = k == 1 ? temperatures.component(0).logProbs(logits)
                            : logits.div(rowTemperatures).logSoftmax(-1);
                    for (int i = 0; i < b; i++) {
                        u[i] = (float) rng.nextDouble();
                    }
                    NDArray cdf = logp.exp().cumSum(1);
                    inverseCdf(cdf.toByteBuffer(true).asFloatBuffer(), bins, u, idx);
                    NDArray drawn = step.create(idx, new Shape(b, 1));
                    for (int c = 0; c < k; c++) {
                        NDArray componentLogp = k == 1 ? logp : temperatures.component(c).logProbs(logits);
                        float[] lp = componentLogp.gather(drawn, 1).toFloatArray();
                        for (int i = 0; i < b; i++) {
                            logMass[i][c] += lp[i];
                        }
                    }
                    for (int i = 0; i < b; i++) {
                        chosen[i * t + j] = (int) idx[i];
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
            logQ[start + i] = binning.dequantise(temperatures.mix(logMass[i]));
        }
    }

    /**
     * Per row i of the [B, L] cumulative sums {@code cdf} (read in place from libtorch's memory, valid only
     * while the array is open): bin k with cdf[k−1] &lt; u·total ≤ cdf[k], i.e. the number of entries below
     * u·total. The threshold is formed in float like the tensor it is compared with; scaling u by the row
     * total (not assuming it is 1 in float) keeps the index below L. The cumulative sum of non-negative
     * masses never decreases, so a binary search finds the count; only the [B, L] sums cross to the host.
     */
    static void inverseCdf(FloatBuffer cdf, int bins, float[] u, long[] idx) {
        for (int i = 0; i < u.length; i++) {
            int base = i * bins;
            float threshold = u[i] * cdf.get(base + bins - 1);
            int lo = 0;
            int hi = bins - 1;  // the answer is in [lo, hi]: cdf[L−1] = total > threshold unless u = 0 (then 0)
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cdf.get(base + mid) < threshold) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            idx[i] = lo;
        }
    }
}
