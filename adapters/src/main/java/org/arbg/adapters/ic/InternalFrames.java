package org.arbg.adapters.ic;

/**
 * A batch of frames in internal coordinates, with the log-Jacobian of the internal → Cartesian map.
 *
 * @param values                     numFrames × numTokens values, frame-major, in token order: bonds in nm,
 *                                   angles and torsions in radians (torsions in [−π, π))
 * @param logDetInternalToCartesian  per frame, log|det ∂x/∂ic| of internal → Cartesian modulo rigid motion
 *                                   with lengths in nm; Cartesian → internal is its negative
 * @param numFrames                  number of frames
 * @param numTokens                  3N − 6
 */
public record InternalFrames(double[] values, double[] logDetInternalToCartesian, int numFrames, int numTokens) {
    public InternalFrames {
        if (values.length != (long) numFrames * numTokens || logDetInternalToCartesian.length != numFrames) {
            throw new IllegalArgumentException("array lengths do not match " + numFrames + " frames of " + numTokens
                    + " tokens");
        }
    }

    /** One internal coordinate of one frame. */
    public double value(int frame, int token) {
        return values[frame * numTokens + token];
    }
}
