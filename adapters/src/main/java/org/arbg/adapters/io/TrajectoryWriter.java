package org.arbg.adapters.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a trajectory one frame at a time. Output is atomic: frames go to a temporary file that
 * {@link #close()} renames to {@link #path()}; {@link #abort()} (or any failure inside the writer, such as a NaN
 * position) deletes it instead, so a failed run leaves no partial file. Positions with NaN or infinite values are
 * rejected with a {@link org.arbg.adapters.BadInputException} naming the frame and atom.
 */
public interface TrajectoryWriter extends AutoCloseable {
    /** The final output file. */
    Path path();

    /** Atoms per frame. */
    int numAtoms();

    /** Frames written so far (including frames already in the file in append mode). */
    int framesWritten();

    /**
     * Appends a frame without a unit cell.
     *
     * @param positionsNm x, y, z per atom in nm; length {@code 3 * numAtoms()}
     */
    void writeFrame(double[] positionsNm) throws IOException;

    /**
     * Appends a frame with its unit cell (box lengths in nm, angles in degrees).
     *
     * @param positionsNm x, y, z per atom in nm; length {@code 3 * numAtoms()}
     * @param cell        the periodic cell of this frame
     */
    void writeFrame(double[] positionsNm, UnitCell cell) throws IOException;

    /** Appends a frame with a rectangular box given as three edge lengths in nm. */
    default void writeFrame(double[] positionsNm, double[] boxNm) throws IOException {
        writeFrame(positionsNm, UnitCell.rectangular(boxNm));
    }

    /** Discards everything written by this writer; the target file is left as it was. Idempotent. */
    void abort() throws IOException;

    /** Finishes the file and moves it into place (unless aborted or failed). */
    @Override
    void close() throws IOException;
}
