package org.arbg.workflows.evaluate;

/**
 * The density the proposals were drawn from, for frames that were not drawn from it (reference frames):
 * log q over Cartesian space modulo rigid motion, at the sampling temperature τ, in the same units as the
 * sample directory's log_q.npy. {@code arbg evaluate --model} wraps the model's scoring; tests use analytic
 * densities.
 */
@FunctionalInterface
public interface ProposalDensity {
    /**
     * @param xyzNm n frames × atoms × 3 positions, nm
     * @return log q per frame; −∞ for a frame outside the support
     */
    double[] logQ(double[] xyzNm, int n);
}
