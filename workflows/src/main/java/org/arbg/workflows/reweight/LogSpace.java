package org.arbg.workflows.reweight;

/** Sums and normalisations of log-weights without leaving log space (no overflow for |log w| in the thousands). */
public final class LogSpace {
    private LogSpace() {
    }

    /** log Σ exp(x_i) over the finite entries; −∞ when there are none. +∞ entries make the result +∞. */
    public static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (v > max && !Double.isNaN(v)) {
                max = v;
            }
        }
        if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double v : x) {
            if (v > Double.NEGATIVE_INFINITY) {
                sum += Math.exp(v - max);
            }
        }
        return max + Math.log(sum);
    }

    /** Normalised weights w_i = exp(x_i − logSumExp(x)), summing to 1; NaN and −∞ entries get weight 0. */
    public static double[] normalizedWeights(double[] logWeights) {
        double lse = logSumExp(logWeights);
        if (!Double.isFinite(lse)) {
            throw new IllegalArgumentException("no finite log-weight to normalise (log Σw = " + lse + ")");
        }
        double[] w = new double[logWeights.length];
        for (int i = 0; i < w.length; i++) {
            double v = logWeights[i];
            w[i] = Double.isNaN(v) ? 0 : Math.exp(v - lse);
        }
        return w;
    }

    /**
     * Kish's effective sample size as a fraction of the number of samples N:
     * (Σw)² / (N Σw²) = exp(2 logΣw − logΣw² − log N), in (0, 1]. Samples with log w = −∞ or NaN count in N
     * with weight zero (they were proposals that cost an energy evaluation).
     */
    public static double kishEssFraction(double[] logWeights) {
        int n = logWeights.length;
        if (n == 0) {
            throw new IllegalArgumentException("ESS of an empty sample");
        }
        double[] twice = new double[n];
        for (int i = 0; i < n; i++) {
            twice[i] = 2 * logWeights[i];
        }
        double lse = logSumExp(logWeights);
        if (!Double.isFinite(lse)) {
            return 0;
        }
        // ≤ 1 exactly by Cauchy–Schwarz; the min only removes rounding above 1
        return Math.min(1.0, Math.exp(2 * lse - logSumExp(twice) - Math.log(n)));
    }
}
