package org.arbg.adapters.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes coordinates as a float64 numpy array of shape (frames, atoms, 3) in nm (mdtraj's {@code xyz}),
 * streaming; the file appears on {@link #close()}. Unit cells are not stored.
 */
public final class NpyFramesWriter implements TrajectoryWriter {
    private final Path path;
    private final int atoms;
    private final NpyAppender appender;
    private int written;

    private NpyFramesWriter(Path path, int atoms, NpyAppender appender) {
        this.path = path;
        this.atoms = atoms;
        this.appender = appender;
    }

    public static NpyFramesWriter create(Path path, int atoms) throws IOException {
        return new NpyFramesWriter(path, atoms, NpyAppender.openFrames(path, atoms));
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public int numAtoms() {
        return atoms;
    }

    @Override
    public int framesWritten() {
        return written;
    }

    @Override
    public void writeFrame(double[] positionsNm) throws IOException {
        writeFrame(positionsNm, (UnitCell) null);
    }

    @Override
    public void writeFrame(double[] positionsNm, UnitCell cell) throws IOException {
        try {
            FrameChecks.checkFrame(positionsNm, atoms);
            FrameChecks.checkFinite(path, positionsNm, written);
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
        appender.appendRow(positionsNm);
        written++;
    }

    @Override
    public void abort() {
        appender.abort();
    }

    @Override
    public void close() throws IOException {
        appender.close();
    }
}
