package org.arbg.energy.md;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.DcdWriter;
import org.arbg.energy.openmm.StateSnapshot;

/**
 * Writes a frame to a DCD file (positions; the writer converts nm to Å) and its potential energy (kJ/mol) to
 * {@code NAME.energies.npy} beside it, every {@code interval} steps (at interval, 2·interval, ...). Both files are
 * written in place, frame by frame, so a killed run leaves them readable and {@link #resume} cuts them back to the
 * frame count a checkpoint recorded before appending again.
 */
public final class TrajectoryReporter implements Reporter {
    private final DcdWriter dcd;
    private final EnergyNpyLog energies;
    private final long interval;

    private TrajectoryReporter(DcdWriter dcd, EnergyNpyLog energies, long interval) {
        this.dcd = dcd;
        this.energies = energies;
        this.interval = interval;
    }

    /** The energies file beside a trajectory: {@code traj.dcd} → {@code traj.energies.npy}. */
    public static Path energiesPath(Path dcd) {
        return sibling(dcd, ".energies.npy");
    }

    /** {@code traj.dcd} → {@code traj + suffix} in the same directory. */
    public static Path sibling(Path dcd, String suffix) {
        String name = dcd.getFileName().toString();
        String stem = name.endsWith(".dcd") ? name.substring(0, name.length() - 4) : name;
        return dcd.resolveSibling(stem + suffix);
    }

    /**
     * Starts new files (replacing existing ones).
     *
     * @param numAtoms     atoms per frame
     * @param timestepPs   MD time step (ps), stored in the DCD header
     * @param interval     MD steps between frames
     */
    public static TrajectoryReporter create(Path dcdPath, int numAtoms, double timestepPs, long interval)
            throws IOException {
        int iv = checkInterval(interval);
        // an empty DCD committed at once, then extended in place: a later kill leaves it under its name
        DcdWriter.create(dcdPath, numAtoms, timestepPs, iv, iv).close();
        DcdWriter dcd = DcdWriter.append(dcdPath, numAtoms);
        try {
            return new TrajectoryReporter(dcd, EnergyNpyLog.create(energiesPath(dcdPath)), iv);
        } catch (IOException | RuntimeException e) {
            dcd.close();
            throw e;
        }
    }

    /**
     * Reopens the files of an interrupted run, keeping their first {@code frames} frames (the count in the
     * checkpoint; frames written after it are dropped because the run repeats them).
     *
     * @throws BadInputException when a file is missing or holds fewer frames
     */
    public static TrajectoryReporter resume(Path dcdPath, int numAtoms, long interval, long frames)
            throws IOException {
        int iv = checkInterval(interval);
        if (!Files.isRegularFile(dcdPath)) {
            throw new BadInputException(dcdPath, "", "the trajectory of the run to resume is missing");
        }
        truncateDcd(dcdPath, numAtoms, frames);
        EnergyNpyLog energies = EnergyNpyLog.resume(energiesPath(dcdPath), frames);
        try {
            return new TrajectoryReporter(DcdWriter.append(dcdPath, numAtoms), energies, iv);
        } catch (IOException | RuntimeException e) {
            energies.close();
            throw e;
        }
    }

    /** Cuts a DCD without unit cells back to {@code keep} frames (DcdWriter.append only drops a partial frame). */
    private static void truncateDcd(Path path, int numAtoms, long keep) throws IOException {
        long complete;
        try (DcdWriter probe = DcdWriter.append(path, numAtoms)) {
            complete = probe.framesWritten();
        }
        if (complete < keep) {
            throw new BadInputException(path, "", "holds " + complete + " frames but the checkpoint refers to "
                    + keep);
        }
        if (complete == keep) {
            return;
        }
        long frameBytes = 3L * (4L * numAtoms + 8);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
            long header = ch.size() - complete * frameBytes;
            if (header <= 0) {
                throw new BadInputException(path, "", "frames are not " + frameBytes + " bytes (a unit cell?): "
                        + "cannot cut it back to the checkpoint");
            }
            ch.truncate(header + keep * frameBytes);
        }
        // reopening patches the header's frame count to the new length
        DcdWriter.append(path, numAtoms).close();
    }

    private static int checkInterval(long interval) {
        if (interval < 1 || interval > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("report interval must be 1.." + Integer.MAX_VALUE + " steps: "
                    + interval);
        }
        return (int) interval;
    }

    public Path dcdPath() {
        return dcd.path();
    }

    public Path energiesPath() {
        return energies.path();
    }

    /** MD steps between frames. */
    public long interval() {
        return interval;
    }

    @Override
    public ReportRequest nextReport(long currentStep) {
        return ReportRequest.every(interval, currentStep, false);
    }

    @Override
    public void report(StateSnapshot snapshot) throws IOException {
        dcd.writeFrame(snapshot.positionsNm());
        energies.append(snapshot.potentialKjPerMol());
    }

    @Override
    public long framesWritten() {
        return dcd.framesWritten();
    }

    @Override
    public void flush() throws IOException {
        energies.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            energies.close();
        } finally {
            dcd.close();
        }
    }
}
