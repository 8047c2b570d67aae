package org.arbg.model;

/**
 * Architecture and discretisation of an autoregressive model. Immutable; stored in the model directory.
 *
 * <p>Defaults ({@link #defaults()}): width 128, 4 layers, 4 heads, 1024 bins, margin 2 std. Chosen for
 * alanine dipeptide (57 tokens) on 2 shared CPU cores: 1.06M parameters; 1024 bins give a torsion bin of
 * ~6 mrad, far below the width of a Ramachandran basin. Measured with 1 intra-op thread on a loaded
 * 2-core machine (load average 5–8): ~190 ms per training step of 32 frames, 140–250 proposals/s with the
 * KV cache (batch 256–1024) against ~17/s recomputing the prefix. Sampling is compute-bound (~1.8 MFLOP
 * per token), so the paper's 256×8 with 4096 bins (~8× the work per token) would be too slow here.
 *
 * @param width     model width C (even, divisible by heads)
 * @param layers    decoder layers
 * @param heads     attention heads
 * @param bins      bins per token L
 * @param marginStd margin beyond the training data's range for bonds and angles, in normalisation std
 * @param seed      seed of the initial weights
 */
public record ModelConfig(int width, int layers, int heads, int bins, double marginStd, long seed) {
    public ModelConfig {
        if (width < 2 || width % 2 != 0 || heads < 1 || width % heads != 0) {
            throw new IllegalArgumentException("width must be even and divisible by heads, got width " + width
                    + ", heads " + heads);
        }
        if (layers < 1 || bins < 2) {
            throw new IllegalArgumentException("need layers >= 1 and bins >= 2, got " + layers + ", " + bins);
        }
        if (!(marginStd >= 0) || !Double.isFinite(marginStd)) {
            throw new IllegalArgumentException("marginStd must be finite and >= 0, got " + marginStd);
        }
    }

    /** The CPU default for small peptides; see the class comment. */
    public static ModelConfig defaults() {
        return new ModelConfig(128, 4, 4, 1024, 2.0, 1L);
    }

    /** A copy with another seed. */
    public ModelConfig withSeed(long newSeed) {
        return new ModelConfig(width, layers, heads, bins, marginStd, newSeed);
    }
}
