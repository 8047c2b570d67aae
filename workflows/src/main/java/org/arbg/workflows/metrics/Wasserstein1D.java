package org.arbg.workflows.metrics;

import java.util.Arrays;

/**
 * Exact Wasserstein-2 distance between two one-dimensional empirical distributions with uniform weights:
 * W2² = ∫₀¹ (F⁻¹(t) − G⁻¹(t))² dt, integrated exactly over the merged breakpoints of the two quantile
 * functions. For equal sizes this is the root mean squared difference of the sorted samples (the paper's
 * E-W2 when applied to reduced energies in kT).
 */
public final class Wasserstein1D {
    private Wasserstein1D() {
    }

    /** W2 in the unit of the samples. Both arrays must be non-empty and finite. */
    public static double w2(double[] a, double[] b) {
        double[] x = sortedFinite(a, "first");
        double[] y = sortedFinite(b, "second");
        int n = x.length;
        int m = y.length;
        double sum = 0;
        int i = 0;
        int j = 0;
        double t = 0;
        // walk the merged breakpoints k/n and l/m of the two step quantile functions
        while (i < n && j < m) {
            double nextX = (double) (i + 1) / n;
            double nextY = (double) (j + 1) / m;
            double next = Math.min(nextX, nextY);
            double d = x[i] - y[j];
            sum += (next - t) * d * d;
            t = next;
            if (nextX <= next) {
                i++;
            }
            if (nextY <= next) {
                j++;
            }
        }
        return Math.sqrt(sum);
    }

    private static double[] sortedFinite(double[] v, String which) {
        if (v.length == 0) {
            throw new IllegalArgumentException("W2: the " + which + " sample is empty");
        }
        double[] s = v.clone();
        for (double d : s) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("W2: the " + which + " sample holds a non-finite value " + d);
            }
        }
        Arrays.sort(s);
        return s;
    }
}
