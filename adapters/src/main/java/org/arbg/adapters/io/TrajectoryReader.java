package org.arbg.adapters.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a trajectory one frame at a time into a caller-owned buffer, so memory stays constant in the number
 * of frames. Content problems (truncated, garbled, inconsistent files) throw
 * {@link org.arbg.adapters.BadInputException} naming the file and frame; operating-system failures throw
 * {@link IOException}.
 */
public interface TrajectoryReader extends AutoCloseable {
    /** The file being read. */
    Path path();

    /** Atoms per frame. */
    int numAtoms();

    /**
     * Reads the next frame.
     *
     * @param positionsNm receives x, y, z per atom in nm; length at least {@code 3 * numAtoms()}
     * @return false at the end of the trajectory (the buffer is then untouched)
     */
    boolean readFrame(double[] positionsNm) throws IOException;

    /** Number of frames read so far; the last frame read has index {@code framesRead() - 1}. */
    int framesRead();

    /** The unit cell of the last frame read, if the file has one. */
    Optional<UnitCell> unitCell();

    /** The box edge lengths {a, b, c} in nm of the last frame read, if the file has a cell. */
    default Optional<double[]> boxNm() {
        return unitCell().map(UnitCell::lengthsNm);
    }

    @Override
    void close() throws IOException;
}
