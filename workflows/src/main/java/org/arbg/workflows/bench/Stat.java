package org.arbg.workflows.bench;

import java.util.Arrays;

/**
 * Median and spread of repeated measurements (same unit as the samples).
 *
 * @param median median
 * @param q1     first quartile (linear interpolation between order statistics)
 * @param q3     third quartile
 * @param iqr    q3 − q1
 * @param min    smallest sample
 * @param max    largest sample
 * @param n      number of samples
 */
public record Stat(double median, double q1, double q3, double iqr, double min, double max, int n) {
    /** Summarises at least one sample. */
    public static Stat of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        double q1 = quantile(s, 0.25);
        double q3 = quantile(s, 0.75);
        return new Stat(quantile(s, 0.5), q1, q3, q3 - q1, s[0], s[s.length - 1], s.length);
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
