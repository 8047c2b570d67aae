package org.arbg.workflows.metrics;

/**
 * Jensen–Shannon divergence (nats, in [0, ln 2]) between two weighted samples of D periodic angles,
 * binned on a regular grid over [−π, π)^D (e.g. φ/ψ histograms with 2 dims).
 */
public final class JensenShannon {
    private JensenShannon() {
    }

    /**
     * @param a       n_a × D angles (radians), row-major
     * @param weightsA n_a non-negative weights, or null for equal weights
     * @param b       n_b × D angles
     * @param weightsB n_b weights, or null
     * @param dims    D
     * @param binsPerDim bins along each angle
     */
    public static double divergence(double[] a, double[] weightsA, double[] b, double[] weightsB, int dims,
                                    int binsPerDim) {
        double[] p = histogram(a, weightsA, dims, binsPerDim);
        double[] q = histogram(b, weightsB, dims, binsPerDim);
        double js = 0;
        for (int k = 0; k < p.length; k++) {
            double m = 0.5 * (p[k] + q[k]);
            if (p[k] > 0) {
                js += 0.5 * p[k] * Math.log(p[k] / m);
            }
            if (q[k] > 0) {
                js += 0.5 * q[k] * Math.log(q[k] / m);
            }
        }
        return Math.max(0, js);
    }

    /** Normalised histogram over [−π, π)^D; angles outside are wrapped. */
    static double[] histogram(double[] angles, double[] weights, int dims, int binsPerDim) {
        if (dims <= 0 || angles.length % dims != 0) {
            throw new IllegalArgumentException(angles.length + " values are not samples of " + dims + " angles");
        }
        int n = angles.length / dims;
        if (weights != null && weights.length != n) {
            throw new IllegalArgumentException(n + " samples but " + weights.length + " weights");
        }
        int cells = (int) Math.pow(binsPerDim, dims);
        double[] h = new double[cells];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int cell = 0;
            for (int d = 0; d < dims; d++) {
                double x = wrap(angles[i * dims + d]);
                int bin = (int) Math.floor((x + Math.PI) / (2 * Math.PI) * binsPerDim);
                cell = cell * binsPerDim + Math.min(bin, binsPerDim - 1);
            }
            double w = weights == null ? 1 : weights[i];
            h[cell] += w;
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("histogram of a sample with zero total weight");
        }
        for (int k = 0; k < cells; k++) {
            h[k] /= total;
        }
        return h;
    }

    /** The angle mapped into [−π, π). */
    static double wrap(double x) {
        double y = (x + Math.PI) % (2 * Math.PI);
        if (y < 0) {
            y += 2 * Math.PI;
        }
        return y - Math.PI;
    }
}
