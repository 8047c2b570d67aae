package org.arbg.energy.openmm;

import java.util.Objects;
import java.util.Optional;

/**
 * Energies of a batch of frames.
 *
 * @param potentialKjPerMol potential energy per frame in kJ/mol; +∞ for a failed frame
 * @param reduced           reduced energy u = E / (k_B T) per frame (dimensionless, in kT); +∞ for a failed frame
 * @param forces            forces in kJ/mol/nm (numFrames*3*numAtoms, frame after frame) when requested; NaN for
 *                          the atoms of a failed frame
 * @param failedFrames      indices of the frames whose energy was NaN or infinite or which OpenMM rejected,
 *                          ascending; these frames have u = +∞ and must be reported, never treated as valid
 */
public record EnergyBatch(double[] potentialKjPerMol, double[] reduced, Optional<double[]> forces, int[] failedFrames) {
    public EnergyBatch {
        Objects.requireNonNull(potentialKjPerMol, "potentialKjPerMol");
        Objects.requireNonNull(reduced, "reduced");
        Objects.requireNonNull(forces, "forces");
        Objects.requireNonNull(failedFrames, "failedFrames");
        if (reduced.length != potentialKjPerMol.length) {
            throw new IllegalArgumentException("reduced and potential energies differ in length");
        }
    }

    public int numFrames() {
        return reduced.length;
    }

    /** How many frames failed (u = +∞). */
    public int numFailed() {
        return failedFrames.length;
    }
}
