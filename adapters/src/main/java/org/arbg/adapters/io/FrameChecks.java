package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.nio.file.Path;

/** Argument and value checks shared by the trajectory readers and writers. */
final class FrameChecks {
    private FrameChecks() {
    }

    /** Throws if the buffer cannot hold one frame. */
    static void checkBuffer(double[] positionsNm, int numAtoms) {
        if (positionsNm.length < 3 * numAtoms) {
            throw new IllegalArgumentException("position buffer holds " + positionsNm.length
                    + " values but a frame needs 3 * " + numAtoms);
        }
    }

    /** Throws if the array is not exactly one frame. */
    static void checkFrame(double[] positionsNm, int numAtoms) {
        if (positionsNm.length != 3 * numAtoms) {
            throw new IllegalArgumentException("a frame needs 3 * " + numAtoms + " = " + 3 * numAtoms
                    + " positions, got " + positionsNm.length);
        }
    }

    /**
     * Rejects NaN or infinite positions (as OpenMM's DCDFile does) before anything of the frame is written.
     *
     * @param frame 0-based index of the frame being written
     */
    static void checkFinite(Path target, double[] positionsNm, int frame) {
        for (int i = 0; i < positionsNm.length; i++) {
            double v = positionsNm[i];
            if (!Double.isFinite(v)) {
                throw new BadInputException(target, "frame " + frame + ", atom " + i / 3,
                        "position " + "xyz".charAt(i % 3) + " is " + v
                                + "; the simulation probably blew up (check the time step and starting structure)");
            }
        }
    }

    /** Rejects atom counts that do not fit a frame in an int-indexed array. */
    static void checkAtomCount(Path source, String place, long natoms) {
        if (natoms <= 0 || natoms > Integer.MAX_VALUE / 12) {
            throw new BadInputException(source, place, "implausible atom count " + natoms);
        }
    }
}
