package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes little-endian CHARMM-style DCD files with the same block layout as OpenMM's DCDFile (84-byte control
 * block, two 80-character title lines, atom count; optional 48-byte unit cell per frame; float32 Å). The header is
 * written on open and its frame count is updated after every frame, so a killed run leaves a readable file.
 *
 * <p>A new file goes through {@link AtomicOutput} (renamed into place on close). {@link #append} instead extends an
 * existing file in place, the resume case: it checks magic and atom count, drops a partial last frame left by a
 * crash, and on {@link #abort()} truncates the file back to its length at open.
 */
public final class DcdWriter implements TrajectoryWriter {
    /** AKMA time unit in ps: DCD stores the time step in these units. */
    private static final double PS_PER_AKMA = 0.04888821;

    private final Path path;
    private final FileChannel channel;
    private final AtomicOutput output;
    private final int numAtoms;
    private final int firstStep;
    private final int interval;
    private final long headerBytes;
    private final long originalLength;
    private final int originalFrames;
    private final boolean originalHasCell;
    private final ByteBuffer frame;
    private final ByteBuffer intBuf = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    private boolean hasCell;
    private int frames;
    private boolean done;

    private DcdWriter(Path path, FileChannel channel, AtomicOutput output, int numAtoms, int firstStep,
                      int interval, long headerBytes, boolean hasCell, int frames, long originalLength) {
        this.path = path;
        this.channel = channel;
        this.output = output;
        this.numAtoms = numAtoms;
        this.firstStep = firstStep;
        this.interval = interval;
        this.headerBytes = headerBytes;
        this.hasCell = hasCell;
        this.frames = frames;
        this.originalLength = originalLength;
        this.originalFrames = frames;
        this.originalHasCell = hasCell;
        this.frame = ByteBuffer.allocate(DcdHeader.CELL_BYTES + 8 + 3 * (4 * numAtoms + 8))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Creates a new DCD file (through a temporary file) with step numbering 0, 1, 2, ... and a 1 ps time step. */
    public static DcdWriter create(Path path, int numAtoms) throws IOException {
        return create(path, numAtoms, 1.0, 0, 1);
    }

    /**
     * Creates a new DCD file (through a temporary file).
     *
     * @param numAtoms   atoms per frame
     * @param timeStepPs integration time step in ps (stored in AKMA units, as OpenMM does)
     * @param firstStep  MD step of the first frame
     * @param interval   MD steps between frames
     */
    public static DcdWriter create(Path path, int numAtoms, double timeStepPs, int firstStep, int interval)
            throws IOException {
        if (numAtoms <= 0) {
            throw new IllegalArgumentException("numAtoms must be positive, got " + numAtoms);
        }
        AtomicOutput out = AtomicOutput.open(path);
        try {
            ByteBuffer h = header(numAtoms, (float) (timeStepPs / PS_PER_AKMA), firstStep, interval);
            ChannelIo.writeFully(out.channel(), h, 0);
            return new DcdWriter(out.target(), out.channel(), out, numAtoms, firstStep, interval, h.capacity(),
                    false, 0, 0);
        } catch (IOException | RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    /**
     * Opens an existing little-endian DCD file to append frames (resume). Its atom count must equal
     * {@code numAtoms}; a partial frame at its end (from a killed run) is dropped.
     */
    public static DcdWriter append(Path path, int numAtoms) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            DcdHeader h = DcdHeader.read(ch, path);
            if (h.order() != ByteOrder.LITTLE_ENDIAN) {
                throw new BadInputException(path, "header", "cannot append to a big-endian DCD file");
            }
            if (h.numAtoms() != numAtoms) {
                throw new BadInputException(path, "header", "cannot append frames of " + numAtoms
                        + " atoms to a DCD file of " + h.numAtoms() + " atoms");
            }
            long complete = (ch.size() - h.headerBytes()) / h.frameBytes();
            if (complete > Integer.MAX_VALUE) {
                throw new BadInputException(path, "header", "too many frames to append to: " + complete);
            }
            long end = h.headerBytes() + complete * h.frameBytes();
            ch.truncate(end);
            int interval = h.interval() > 0 ? h.interval() : 1;
            DcdWriter w = new DcdWriter(path.toAbsolutePath(), ch, null, numAtoms, h.firstStep(), interval,
                    h.headerBytes(), h.hasUnitCell(), (int) complete, end);
            w.patchCounts();
            return w;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static ByteBuffer header(int numAtoms, float deltaAkma, int firstStep, int interval) {
        ByteBuffer b = ByteBuffer.allocate(92 + 8 + 160 + 4 + 12).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(84).put("CORD".getBytes(StandardCharsets.US_ASCII));
        b.putInt(0).putInt(firstStep).putInt(interval).putInt(0); // NSET, ISTART, NSAVC, NSTEP
        for (int i = 4; i < 9; i++) {
            b.putInt(0);
        }
        b.putFloat(deltaAkma);
        b.putInt(0); // unit-cell flag, set by the first frame that has a cell
        for (int i = 11; i < 19; i++) {
            b.putInt(0);
        }
        b.putInt(24).putInt(84); // CHARMM version 24, as OpenMM and mdtraj write
        b.putInt(164).putInt(2);
        b.put(title("Created by arbg"));
        b.put(title("Created " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern(
                "EEE MMM d HH:mm:ss yyyy", Locale.ROOT))));
        b.putInt(164);
        b.putInt(4).putInt(numAtoms).putInt(4);
        b.flip();
        return b;
    }

    private static byte[] title(String s) {
        byte[] out = new byte[80];
        byte[] src = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(src, 0, out, 0, Math.min(80, src.length));
        return out;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public int numAtoms() {
        return numAtoms;
    }

    @Override
    public int framesWritten() {
        return frames;
    }

    @Override
    public void writeFrame(double[] positionsNm) throws IOException {
        write(positionsNm, null);
    }

    @Override
    public void writeFrame(double[] positionsNm, UnitCell cell) throws IOException {
        write(positionsNm, Objects.requireNonNull(cell, "cell"));
    }

    private void write(double[] positionsNm, UnitCell cell) throws IOException {
        if (done) {
            throw new IllegalStateException("DCD writer for " + path + " is closed");
        }
        FrameChecks.checkFrame(positionsNm, numAtoms);
        try {
            FrameChecks.checkFinite(path, positionsNm, frames);
        } catch (BadInputException e) {
            abort();
            throw e;
        }
        if (cell != null && !hasCell) {
            if (frames > 0) {
                throw new IllegalArgumentException("frame " + frames + " of " + path
                        + " has a unit cell but earlier frames had none");
            }
            hasCell = true;
            putInt(1, DcdHeader.CELL_FLAG_OFFSET);
        } else if (cell == null && hasCell) {
            throw new IllegalArgumentException("frame " + frames + " of " + path
                    + " needs a unit cell: the file stores one per frame");
        }
        frame.clear();
        if (hasCell) {
            frame.putInt(48).putDouble(cell.aNm() * 10).putDouble(cosDeg(cell.gammaDeg()))
                    .putDouble(cell.bNm() * 10).putDouble(cosDeg(cell.betaDeg()))
                    .putDouble(cosDeg(cell.alphaDeg())).putDouble(cell.cNm() * 10).putInt(48);
        }
        int block = 4 * numAtoms;
        for (int axis = 0; axis < 3; axis++) {
            frame.putInt(block);
            for (int i = 0; i < numAtoms; i++) {
                float f = (float) (positionsNm[3 * i + axis] * 10);
                if (Float.isInfinite(f)) {
                    abort();
                    throw new BadInputException(path, "frame " + frames + ", atom " + i, "position "
                            + positionsNm[3 * i + axis] + " nm does not fit a float32 DCD field");
                }
                frame.putFloat(f);
            }
            frame.putInt(block);
        }
        frame.flip();
        long at = headerBytes + (long) frames * frame.remaining();
        try {
            ChannelIo.writeFully(channel, frame, at);
            frames++;
            patchCounts();
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** CHARMM stores cosines; exact 0 for right angles keeps rectangular boxes exact. */
    private static double cosDeg(double deg) {
        return deg == 90 ? 0 : Math.cos(Math.toRadians(deg));
    }

    private void patchCounts() throws IOException {
        putInt(frames, DcdHeader.NSET_OFFSET);
        putInt(firstStep + frames * interval, DcdHeader.NSTEP_OFFSET);
    }

    private void putInt(int value, long offset) throws IOException {
        intBuf.clear();
        intBuf.putInt(value).flip();
        ChannelIo.writeFully(channel, intBuf, offset);
    }

    @Override
    public void abort() throws IOException {
        if (done) {
            return;
        }
        done = true;
        if (output != null) {
            output.abort();
        } else {
            try {
                channel.truncate(originalLength);
                frames = originalFrames;
                patchCounts();
                putInt(originalHasCell ? 1 : 0, DcdHeader.CELL_FLAG_OFFSET);
            } finally {
                channel.close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        if (output != null) {
            output.commit();
        } else {
            channel.force(false);
            channel.close();
        }
    }
}
