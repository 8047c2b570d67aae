package org.arbg.workflows.generator;

/**
 * The model's log density of given frames.
 *
 * @param logQ     per frame, log q over Cartesian space modulo rigid motion (nats; lengths in nm) at the
 *                 temperature asked for; −∞ for a frame outside the model's support
 * @param logQIc   per frame, log q over internal coordinates (nats; nm, rad); −∞ outside the support
 * @param logJ     per frame, log|det ∂x/∂ic| (internal → Cartesian, nm)
 * @param outside  frames outside the support (a value beyond the model's bins)
 */
public record FrameScores(double[] logQ, double[] logQIc, double[] logJ, int outside) {
    public FrameScores {
        if (logQ.length != logQIc.length || logQ.length != logJ.length) {
            throw new IllegalArgumentException("arrays of different lengths");
        }
    }

    /** Number of frames scored. */
    public int numFrames() {
        return logQ.length;
    }

    /** Combines internal-coordinate log densities with Jacobians, counting frames outside the support. */
    static FrameScores of(double[] logQIc, double[] logJ) {
        int outside = 0;
        for (double v : logQIc) {
            if (v == Double.NEGATIVE_INFINITY) {
                outside++;
            }
        }
        return new FrameScores(CartesianDensity.logQ(logQIc, logJ), logQIc, logJ, outside);
    }
}
