package org.arbg.workflows.generator;

/**
 * The one place that turns a density over internal coordinates into a density over Cartesian space modulo
 * rigid motion.
 *
 * <p>With x = g(ic) and J = |det ∂x/∂ic| (the adapters' {@code logDetInternalToCartesian}, lengths in nm),
 * change of variables gives q_x(x) = q_ic(ic) / J, so log q_x = log q_ic − log J. The result is in nats, a
 * density per nm^(3N−6) of Cartesian volume with the six rigid-motion degrees of freedom factored out (the
 * constant rotation volume 8π² is dropped: it cancels in self-normalised importance weights).
 */
public final class CartesianDensity {
    private CartesianDensity() {
    }

    /** log q_x = log q_ic − log J for one frame; −∞ stays −∞ (outside the model's support). */
    public static double logQ(double logQIc, double logJ) {
        return logQIc - logJ;
    }

    /** Element-wise {@link #logQ(double, double)}. */
    public static double[] logQ(double[] logQIc, double[] logJ) {
        if (logQIc.length != logJ.length) {
            throw new IllegalArgumentException(logQIc.length + " densities but " + logJ.length + " Jacobians");
        }
        double[] out = new double[logQIc.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = logQ(logQIc[i], logJ[i]);
        }
        return out;
    }
}
