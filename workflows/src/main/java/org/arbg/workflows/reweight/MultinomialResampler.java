package org.arbg.workflows.reweight;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Multinomial resampling: draws indices i.i.d. with probabilities proportional to the weights. */
public final class MultinomialResampler {
    private MultinomialResampler() {
    }

    /**
     * @param logWeights log-weights (−∞ or NaN: never drawn)
     * @param count      number of draws
     * @param random     seeded source
     * @return indices into logWeights, in ascending order
     */
    public static int[] resample(double[] logWeights, int count, SplittableRandom random) {
        double[] w = LogSpace.normalizedWeights(logWeights);
        double[] cumulative = new double[w.length];
        double acc = 0;
        for (int i = 0; i < w.length; i++) {
            acc += w[i];
            cumulative[i] = acc;
        }
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = firstAbove(cumulative, random.nextDouble() * acc);
        }
        Arrays.sort(out);
        return out;
    }

    /** The first index whose cumulative weight exceeds u; it always has a positive weight. */
    private static int firstAbove(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
