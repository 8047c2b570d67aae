package org.arbg.workflows.metrics;

/**
 * Exact Wasserstein-2 distance on the torus of dihedral angles (the paper's T-W2): two equally sized
 * samples of D angles each (radians), ground cost Σ_k min(|Δ_k|, 2π − |Δ_k|)², optimal transport with
 * uniform weights (an assignment problem, solved exactly), W2 = sqrt(total cost / n).
 */
public final class TorusWasserstein {
    private static final double TWO_PI = 2 * Math.PI;

    private TorusWasserstein() {
    }

    /**
     * @param a n × D angles in radians, row-major (frame i's angles at [i*D, (i+1)*D))
     * @param b n × D angles in radians
     * @param dims D, the number of angles per sample
     * @return T-W2 in radians
     */
    public static double w2(double[] a, double[] b, int dims) {
        if (dims <= 0 || a.length % dims != 0 || b.length != a.length) {
            throw new IllegalArgumentException("T-W2 needs two samples of equal size with " + dims
                    + " angles each; got " + a.length + " and " + b.length + " values");
        }
        int n = a.length / dims;
        for (int k = 0; k < a.length; k++) {
            if (!Double.isFinite(a[k]) || !Double.isFinite(b[k])) {
                throw new IllegalArgumentException("T-W2: non-finite angle at sample " + k / dims);
            }
        }
        // wrapped copies make every |Δ| < 2π, so the 10⁸ cost evaluations skip the slow floating-point %
        double[] wa = wrapped(a);
        double[] wb = wrapped(b);
        AssignmentSolver.Assignment best = AssignmentSolver.solve(n, (i, j) -> squaredTorusDistance(wa, i, wb, j, dims));
        return Math.sqrt(Math.max(0, best.totalCost()) / n);
    }

    /** Each angle mapped into [−π, π). */
    static double[] wrapped(double[] x) {
        double[] w = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double t = x[k] - TWO_PI * Math.floor((x[k] + Math.PI) / TWO_PI);
            // rounding can land exactly on π; any value within one period of the others is fine
            w[k] = t;
        }
        return w;
    }

    /** Σ_k min(|Δ_k|, 2π − |Δ_k|)² between sample i of a and sample j of b (angles in any 2π range). */
    static double squaredTorusDistance(double[] a, int i, double[] b, int j, int dims) {
        double sum = 0;
        int ai = i * dims;
        int bj = j * dims;
        for (int k = 0; k < dims; k++) {
            double d = Math.abs(a[ai + k] - b[bj + k]);
            if (d >= TWO_PI) {
                d %= TWO_PI;
            }
            double m = Math.min(d, TWO_PI - d);
            sum += m * m;
        }
        return sum;
    }
}
