package org.arbg.workflows.reweight;

import java.util.Arrays;

/**
 * The paper's clipping estimator: proposals whose log-weight lies above the (1 − fraction) quantile of the
 * finite log-weights are dropped (weight zero). It trades a small bias for much lower variance, so its use
 * and the number dropped are always reported.
 */
public final class WeightClipping {
    private WeightClipping() {
    }

    /**
     * @param logWeights log-weights; non-finite ones are already weight zero and are not counted
     * @param fraction   fraction of the finite weights to drop, in [0, 1)
     * @return a copy with the clipped entries set to −∞, and how many were clipped
     */
    public static Result clip(double[] logWeights, double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("clip fraction must be in [0, 1), got " + fraction);
        }
        double[] finite = Arrays.stream(logWeights).filter(Double::isFinite).sorted().toArray();
        double[] out = logWeights.clone();
        if (finite.length == 0 || fraction == 0) {
            return new Result(out, 0, Double.POSITIVE_INFINITY);
        }
        // keep the ceil((1 - fraction) n) smallest; at least one sample survives
        int keep = Math.max(1, (int) Math.ceil((1 - fraction) * finite.length));
        double threshold = finite[keep - 1];
        int clipped = 0;
        for (int i = 0; i < out.length; i++) {
            if (Double.isFinite(out[i]) && out[i] > threshold) {
                out[i] = Double.NEGATIVE_INFINITY;
                clipped++;
            }
        }
        return new Result(out, clipped, threshold);
    }

    /**
     * @param logWeights the clipped log-weights
     * @param clipped    how many finite log-weights were set to −∞
     * @param threshold  the largest log-weight kept
     */
    public record Result(double[] logWeights, int clipped, double threshold) {
    }
}
