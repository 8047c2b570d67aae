package org.arbg.workflows.reweight;

/**
 * How {@link ReweightRun} weights and resamples.
 *
 * @param clipFraction fraction of the largest finite log-weights dropped, in [0, 1) (paper: 0.002)
 * @param resample     frames to resample, or 0 for as many as there are proposals
 * @param scheme       multinomial (the paper's) or systematic
 * @param seed         seed of the resampling draws
 */
public record ReweightOptions(double clipFraction, int resample, ResamplingScheme scheme, long seed) {
    public static final double DEFAULT_CLIP_FRACTION = 0.002;

    public ReweightOptions {
        if (!(clipFraction >= 0 && clipFraction < 1)) {
            throw new IllegalArgumentException("clip fraction must be in [0, 1), got " + clipFraction);
        }
        if (resample < 0) {
            throw new IllegalArgumentException("resample count must be ≥ 0, got " + resample);
        }
    }
}
