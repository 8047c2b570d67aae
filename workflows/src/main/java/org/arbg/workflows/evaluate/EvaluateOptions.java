package org.arbg.workflows.evaluate;

import org.arbg.workflows.reweight.ResamplingScheme;

/**
 * Settings of {@link Evaluation}.
 *
 * @param nEval          frames per side of E-W2 and T-W2 (paper: 10⁴ resampled vs 10⁴ reference); fewer
 *                       when the reference has fewer frames
 * @param budget         energy evaluations granted to MD, or 0 for as many as there are proposals
 * @param mdFrameCost    energy evaluations one MD frame stands for (1: count frames; the report interval in
 *                       steps if each integration step is to count)
 * @param clipFraction   weight clipping of the proposals, in [0, 1)
 * @param scheme         how the n-eval resampled frames are drawn from the weighted proposals
 * @param seed           seed of every random draw (subsamples, resampling, bootstrap)
 * @param bootstrap      bootstrap replicates of the basin free energies
 * @param blocks         contiguous blocks of the block error of correlated trajectories (reference, MD)
 * @param jsBins         histogram bins per angle of the Jensen–Shannon divergence
 * @param curve          the metric-vs-cost curve, or {@link CurveOptions#NONE}
 */
public record EvaluateOptions(int nEval, long budget, int mdFrameCost, double clipFraction, ResamplingScheme scheme,
                              long seed, int bootstrap, int blocks, int jsBins, CurveOptions curve) {
    public static final int DEFAULT_N_EVAL = 10_000;
    public static final int DEFAULT_BOOTSTRAP = 200;
    public static final int DEFAULT_BLOCKS = 5;
    public static final int DEFAULT_JS_BINS = 36;

    public EvaluateOptions {
        if (nEval < 1 || budget < 0 || mdFrameCost < 1 || bootstrap < 0 || blocks < 2 || jsBins < 1) {
            throw new IllegalArgumentException("bad evaluation settings: " + this);
        }
        java.util.Objects.requireNonNull(curve, "curve (CurveOptions.NONE for none)");
        if (!(clipFraction >= 0 && clipFraction < 1)) {
            throw new IllegalArgumentException("clip fraction must be in [0, 1), got " + clipFraction);
        }
    }

    /** The defaults of {@code arbg evaluate} with a given seed. */
    public static EvaluateOptions defaults(long seed) {
        return new EvaluateOptions(DEFAULT_N_EVAL, 0, 1, 0.002, ResamplingScheme.MULTINOMIAL, seed,
                DEFAULT_BOOTSTRAP, DEFAULT_BLOCKS, DEFAULT_JS_BINS, CurveOptions.NONE);
    }

    public EvaluateOptions withNEval(int n) {
        return new EvaluateOptions(n, budget, mdFrameCost, clipFraction, scheme, seed, bootstrap, blocks, jsBins, curve);
    }

    public EvaluateOptions withScheme(ResamplingScheme s) {
        return new EvaluateOptions(nEval, budget, mdFrameCost, clipFraction, s, seed, bootstrap, blocks, jsBins, curve);
    }

    public EvaluateOptions withClipFraction(double c) {
        return new EvaluateOptions(nEval, budget, mdFrameCost, c, scheme, seed, bootstrap, blocks, jsBins, curve);
    }

    public EvaluateOptions withBudget(long b, int frameCost) {
        return new EvaluateOptions(nEval, b, frameCost, clipFraction, scheme, seed, bootstrap, blocks, jsBins, curve);
    }

    public EvaluateOptions withCurve(CurveOptions c) {
        return new EvaluateOptions(nEval, budget, mdFrameCost, clipFraction, scheme, seed, bootstrap, blocks, jsBins, c);
    }
}
