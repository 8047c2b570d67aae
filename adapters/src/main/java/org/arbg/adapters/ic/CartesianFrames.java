package org.arbg.adapters.ic;

/**
 * A batch of frames in Cartesian coordinates, with the log-Jacobian of the internal → Cartesian map.
 *
 * @param positionsNm               numFrames × numAtoms × 3 positions in nm, frame-major, atoms in topology
 *                                  order
 * @param logDetInternalToCartesian per frame, log|det ∂x/∂ic| of internal → Cartesian modulo rigid motion
 * @param numFrames                 number of frames
 * @param numAtoms                  number of atoms
 */
public record CartesianFrames(double[] positionsNm, double[] logDetInternalToCartesian, int numFrames, int numAtoms) {
    public CartesianFrames {
        if (positionsNm.length != 3L * numFrames * numAtoms || logDetInternalToCartesian.length != numFrames) {
            throw new IllegalArgumentException("array lengths do not match " + numFrames + " frames of " + numAtoms
                    + " atoms");
        }
    }
}
