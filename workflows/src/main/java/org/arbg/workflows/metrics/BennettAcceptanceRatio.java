package org.arbg.workflows.metrics;

/**
 * Bennett's acceptance ratio between a normalised proposal density q and an unnormalised target p̃ = exp(−u),
 * from samples of both: with log-weights lw = log p̃ − log q = −u − log q of proposals x ~ q and of target
 * samples x ~ p (e.g. reference MD frames), the maximum-likelihood estimate of log Z = log ∫ p̃ is the c that
 * solves
 * <pre>  Σ_{i ∈ q} f(M + c − lw_i) = Σ_{j ∈ p} f(lw_j − M − c),  f(x) = 1 / (1 + eˣ),  M = ln(n_q / n_p).</pre>
 * Unlike either one-sided estimate (importance sampling, lw from q only, or its reverse), it weighs both
 * directions optimally; it is consistent when both sets sample their densities, so disagreement with the
 * one-sided estimates points at proposals or reference frames that do not.
 */
public final class BennettAcceptanceRatio {
    private BennettAcceptanceRatio() {
    }

    /**
     * @param proposalLogWeights lw of proposals; −∞ entries (no target density there) count in n_q
     * @param targetLogWeights   lw of target samples; +∞ entries (outside the model's support) count in n_p
     * @return log Z, or NaN when a side has no finite log-weight
     */
    public static double logPartitionFunction(double[] proposalLogWeights, double[] targetLogWeights) {
        return logPartitionFunction(proposalLogWeights, targetLogWeights, Double.NaN);
    }

    /**
     * As {@link #logPartitionFunction(double[], double[])}, starting the search at {@code guess} (e.g. the
     * estimate on the full sample, for bootstrap replicates).
     */
    public static double logPartitionFunction(double[] proposalLogWeights, double[] targetLogWeights,
                                              double guess) {
        int nq = proposalLogWeights.length;
        int np = targetLogWeights.length;
        // non-finite log-weights add 0 to their side's sum (f(±∞) = 0) but count in M
        double[] q = finite(proposalLogWeights);
        double[] p = finite(targetLogWeights);
        if (q.length == 0 || p.length == 0) {
            return Double.NaN;
        }
        double m = Math.log((double) nq / np);
        // balance(c) falls from +n_q to −n_p as c grows; bracket the root around the data
        double lo = Math.min(min(q), min(p)) - 50 - Math.abs(m);
        double hi = Math.max(max(q), max(p)) + 50 + Math.abs(m);
        // Newton steps on the decreasing balance(c), kept inside the bracket (bisection when a step leaves it)
        double c = guess > lo && guess < hi ? guess : 0.5 * (lo + hi);
        for (int it = 0; it < 200; it++) {
            double[] bd = balance(q, p, m, c);
            if (bd[0] > 0) {
                lo = c;
            } else {
                hi = c;
            }
            double next = bd[1] < 0 ? c - bd[0] / bd[1] : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - c) < 1e-10 || hi - lo < 1e-10) {
                return next;
            }
            c = next;
        }
        return c;
    }

    private static double[] finite(double[] x) {
        return java.util.Arrays.stream(x).filter(Double::isFinite).toArray();
    }

    private static double min(double[] x) {
        return java.util.Arrays.stream(x).min().orElseThrow();
    }

    private static double max(double[] x) {
        return java.util.Arrays.stream(x).max().orElseThrow();
    }

    /** {balance(c), d balance / dc}; balance = Σ_q f(M + c − lw) − Σ_p f(lw − M − c), f' = −f(1 − f). */
    private static double[] balance(double[] q, double[] p, double m, double c) {
        double value = 0;
        double slope = 0;
        for (double lw : q) {
            double f = fermi(m + c - lw);
            value += f;
            slope -= f * (1 - f);
        }
        for (double lw : p) {
            double f = fermi(lw - m - c);
            value -= f;
            slope -= f * (1 - f);
        }
        return new double[] {value, slope};
    }
    /** 1 / (1 + eˣ), exact at ±∞ and without overflow. */
    static double fermi(double x) {
        if (x > 0) {
            double e = Math.exp(-x);
            return e / (1 + e);
        }
        return 1 / (1 + Math.exp(x));
    }
}
