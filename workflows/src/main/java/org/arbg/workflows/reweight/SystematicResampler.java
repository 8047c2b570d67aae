package org.arbg.workflows.reweight;

import java.util.SplittableRandom;

/**
 * Systematic resampling: one uniform offset u ∈ [0, 1/n) and the n evenly spaced points u + k/n on the
 * cumulative normalised weights. Unbiased like multinomial resampling but with less variance; with equal
 * weights and n equal to the sample size it returns every index exactly once.
 */
public final class SystematicResampler {
    private SystematicResampler() {
    }

    /**
     * @param logWeights log-weights (−∞ or NaN: never drawn)
     * @param count      number of draws
     * @param random     seeded source of the offset
     * @return indices into logWeights, ascending
     */
    public static int[] resample(double[] logWeights, int count, SplittableRandom random) {
        double[] w = LogSpace.normalizedWeights(logWeights);
        int[] out = new int[count];
        double u = random.nextDouble() / count;
        double cumulative = w[0];
        int i = 0;
        for (int k = 0; k < count; k++) {
            double point = u + (double) k / count;
            // rounding can leave the last cumulative sum just below 1: stop at the last positive weight
            while (cumulative <= point && i < w.length - 1) {
                cumulative += w[++i];
            }
            int j = i;
            while (w[j] == 0 && j > 0) {
                j--;
            }
            out[k] = j;
        }
        return out;
    }
}
