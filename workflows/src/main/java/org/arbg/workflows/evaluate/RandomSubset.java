package org.arbg.workflows.evaluate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Uniformly random subsets without replacement, for the equal-size subsamples of the metrics. */
public final class RandomSubset {
    private RandomSubset() {
    }

    /**
     * @return {@code k} distinct indices of [0, n), ascending (all of them when k ≥ n)
     */
    public static int[] choose(int n, int k, SplittableRandom random) {
        if (k >= n) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        // partial Fisher–Yates: the first k entries of a random permutation
        int[] perm = new int[n];
        Arrays.setAll(perm, i -> i);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = Arrays.copyOf(perm, k);
        Arrays.sort(out);
        return out;
    }

    /** The entries of {@code values} at {@code indices}. */
    public static double[] pick(double[] values, int[] indices) {
        double[] out = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = values[indices[k]];
        }
        return out;
    }
}
