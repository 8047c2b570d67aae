package org.arbg.model.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.arbg.model.density.BinnedFrames;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.density.TokenBinning;
import org.arbg.model.nn.ArTransformer;
import org.arbg.model.nn.Conditioning;

/** Exact log q by one teacher-forced forward pass over whole sequences. */
public final class Scorer {
    private final ArTransformer net;
    private final Conditioning cond;
    private final TokenBinning binning;
    private final NDManager manager;
    private final int batchSize;

    public Scorer(ArTransformer net, Conditioning cond, TokenBinning binning, NDManager manager, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.net = net;
        this.cond = cond;
        this.binning = binning;
        this.manager = manager;
        this.batchSize = batchSize;
    }

    /**
     * log q(ic) per frame under the tempered model, or under the mixture of tempered models.
     *
     * @param ic flattened [n][T] internal coordinates, nm / rad, token order
     * @return nats per frame; −∞ for a frame with any value outside the support (its density is zero);
     *         use {@link TokenBinning#toBins} to count and locate those
     */
    public double[] logProb(double[] ic, int n, TemperatureMixture temperatures) {
        BinnedFrames binned = binning.toBins(ic, n);
        int[] inside = new int[n];
        int count = 0;
        for (int f = 0; f < n; f++) {
            if (binned.inSupport(f)) {
                inside[count++] = f;
            }
        }
        double[] mass = logBinMass(binned.bins(), Arrays.copyOf(inside, count), temperatures);
        double[] out = new double[n];
        Arrays.fill(out, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < count; i++) {
            out[inside[i]] = binning.dequantise(mass[i]);
        }
        return out;
    }

    /**
     * Σ_j log P_j(bin_j) per frame (no dequantisation term), for the given frames; for a mixture, the log
     * of the mean over components of exp(Σ_j log P_j(bin_j)) at each component's τ.
     *
     * @param bins   flattened [numFrames][T] bins, all inside the support
     * @param frames which frames to score
     */
    @SuppressWarnings("try")  // NoGrad is a scope guard
    public double[] logBinMass(int[] bins, int[] frames, TemperatureMixture temperatures) {
        int t = binning.numTokens();
        int k = temperatures.size();
        double[] perComponent = new double[k];
        double[] out = new double[frames.length];
        try (NoGrad ignored = new NoGrad()) {
            for (int s = 0; s < frames.length; s += batchSize) {
                int b = Math.min(batchSize, frames.length - s);
                int[] batch = Arrays.copyOfRange(frames, s, s + b);
                try (NDManager m = manager.newSubManager()) {
                    NDArray in = m.create(TeacherForcing.inputs(bins, batch, b, t, binning.bins()), new Shape(b, t));
                    NDArray target = m.create(TeacherForcing.targets(bins, batch, b, t), new Shape(b, t, 1));
                    NDArray logits = net.logits(in, cond.kinds(m, 0, t), cond.roles(m, 0, t));
                    float[][] lp = new float[k][];
                    for (int c = 0; c < k; c++) {
                        lp[c] = temperatures.component(c).logProbs(logits).gather(target, 2).toFloatArray();
                    }
                    for (int i = 0; i < b; i++) {
                        for (int c = 0; c < k; c++) {
                            double sum = 0;
                            for (int j = 0; j < t; j++) {
                                sum += lp[c][i * t + j];
                            }
                            perComponent[c] = sum;
                        }
                        out[s + i] = temperatures.mix(perComponent);
                    }
                }
            }
        }
        return out;
    }
}
