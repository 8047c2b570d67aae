package org.arbg.workflows.metrics;

import java.util.SplittableRandom;

/**
 * The free-energy difference between the φ &gt; 0 basin (C7ax/αL of alanine dipeptide) and the φ &lt; 0 basin,
 * ΔF = −ln(P(φ &gt; 0) / P(φ &lt; 0)) in kT, from weighted samples, with a bootstrap standard error.
 */
public final class BasinFreeEnergy {
    private BasinFreeEnergy() {
    }

    /**
     * @param deltaFkT          F(φ &gt; 0) − F(φ &lt; 0) in kT (+∞ when the φ &gt; 0 basin is empty)
     * @param standardErrorKT   bootstrap standard error in kT (NaN when not estimable)
     * @param positiveFraction  weighted fraction of samples with φ &gt; 0
     */
    public record Estimate(double deltaFkT, double standardErrorKT, double positiveFraction) {
    }

    /**
     * @param phiRad     one φ per sample, radians
     * @param weights    non-negative weights (equal weights for MD or resampled ensembles), or null for equal
     * @param bootstrap  number of bootstrap replicates (0: no error estimate)
     * @param random     seeded source for the bootstrap
     */
    public static Estimate estimate(double[] phiRad, double[] weights, int bootstrap, SplittableRandom random) {
        int n = phiRad.length;
        if (n == 0) {
            throw new IllegalArgumentException("basin free energy of an empty sample");
        }
        if (weights != null && weights.length != n) {
            throw new IllegalArgumentException(n + " angles but " + weights.length + " weights");
        }
        double p = positiveFraction(phiRad, weights, null);
        double[] replicates = new double[bootstrap];
        int[] pick = new int[n];
        int finite = 0;
        for (int b = 0; b < bootstrap; b++) {
            for (int k = 0; k < n; k++) {
                pick[k] = random.nextInt(n);
            }
            double dF = deltaF(positiveFraction(phiRad, weights, pick));
            if (Double.isFinite(dF)) {
                replicates[finite++] = dF;
            }
        }
        double se = bootstrapStandardError(replicates, finite);
        return new Estimate(deltaF(p), se, p);
    }

    /**
     * The sample standard deviation (n − 1 in the denominator) of the first {@code count} replicates: the
     * bootstrap standard error; NaN with fewer than two.
     */
    public static double bootstrapStandardError(double[] replicates, int count) {
        if (count < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (int b = 0; b < count; b++) {
            mean += replicates[b];
        }
        mean /= count;
        double ss = 0;
        for (int b = 0; b < count; b++) {
            ss += (replicates[b] - mean) * (replicates[b] - mean);
        }
        return Math.sqrt(ss / (count - 1));
    }

    static double deltaF(double positiveFraction) {
        return -Math.log(positiveFraction / (1 - positiveFraction));
    }

    private static double positiveFraction(double[] phi, double[] w, int[] pick) {
        double pos = 0;
        double all = 0;
        int n = phi.length;
        for (int k = 0; k < n; k++) {
            int i = pick == null ? k : pick[k];
            double wi = w == null ? 1 : w[i];
            all += wi;
            if (phi[i] > 0) {
                pos += wi;
            }
        }
        return pos / all;
    }
}
