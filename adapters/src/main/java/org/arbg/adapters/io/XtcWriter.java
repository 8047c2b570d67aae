package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes GROMACS XTC files: per frame the XDR header (magic 1995, atom count, step, time in ps, 3x3 box in nm) and
 * the coordinates compressed with xdr3dfcoord at a fixed precision (1000/nm by default, i.e. 0.001 nm), or as plain
 * floats for at most 9 atoms. The file appears under its name on close (see {@link AtomicOutput}).
 */
public final class XtcWriter implements TrajectoryWriter {
    /** GROMACS' default precision: coordinates are rounded to 0.001 nm. */
    public static final float DEFAULT_PRECISION = 1000f;

    private final AtomicOutput output;
    private final int numAtoms;
    private final float precision;
    private final double timeStepPs;
    private final int[] quantized;
    private final XtcBits.Writer bits = new XtcBits.Writer();
    private ByteBuffer frame;
    private long offset;
    private int frames;
    private boolean done;

    private XtcWriter(AtomicOutput output, int numAtoms, float precision, double timeStepPs) {
        this.output = output;
        this.numAtoms = numAtoms;
        this.precision = precision;
        this.timeStepPs = timeStepPs;
        this.quantized = new int[3 * numAtoms];
        this.frame = ByteBuffer.allocate(XtcReader.HEADER_BYTES + 64 + 12 * numAtoms).order(ByteOrder.BIG_ENDIAN);
    }

    /** A new file with precision 1000/nm; frame k gets step k and time k ps. */
    public static XtcWriter create(Path path, int numAtoms) throws IOException {
        return create(path, numAtoms, DEFAULT_PRECISION, 1.0);
    }

    /**
     * A new file.
     *
     * @param precision  quantization factor in 1/nm (1000 keeps 0.001 nm)
     * @param timeStepPs time between frames in ps, used when the caller gives no time
     */
    public static XtcWriter create(Path path, int numAtoms, float precision, double timeStepPs) throws IOException {
        if (numAtoms <= 0) {
            throw new IllegalArgumentException("numAtoms must be positive, got " + numAtoms);
        }
        if (!(precision > 0) || Float.isInfinite(precision)) {
            throw new IllegalArgumentException("precision must be positive, got " + precision);
        }
        return new XtcWriter(AtomicOutput.open(path), numAtoms, precision, timeStepPs);
    }

    @Override
    public Path path() {
        return output.target();
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
        writeFrame(positionsNm, null, frames, (float) (frames * timeStepPs));
    }

    @Override
    public void writeFrame(double[] positionsNm, UnitCell cell) throws IOException {
        writeFrame(positionsNm, Objects.requireNonNull(cell, "cell"), frames, (float) (frames * timeStepPs));
    }

    /**
     * Appends a frame with explicit step and time.
     *
     * @param positionsNm x, y, z per atom in nm
     * @param cell        the unit cell, or null for none (written as a zero box)
     * @param step        MD step number
     * @param timePs      simulation time in ps
     */
    public void writeFrame(double[] positionsNm, UnitCell cell, int step, float timePs) throws IOException {
        if (done) {
            throw new IllegalStateException("XTC writer for " + path() + " is closed");
        }
        FrameChecks.checkFrame(positionsNm, numAtoms);
        try {
            FrameChecks.checkFinite(path(), positionsNm, frames);
            encodeFrame(positionsNm, cell, step, timePs);
            ChannelIo.writeFully(output.channel(), frame, offset);
        } catch (IllegalArgumentException e) {
            abort();
            throw new BadInputException(path(), "frame " + frames, e.getMessage());
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
        offset += frame.limit();
        frames++;
    }

    private void encodeFrame(double[] x, UnitCell cell, int step, float timePs) {
        frame.clear();
        frame.putInt(XtcReader.MAGIC).putInt(numAtoms).putInt(step).putFloat(timePs);
        double[] box = cell == null ? new double[9] : cell.vectorsNm();
        for (double v : box) {
            frame.putFloat((float) v);
        }
        frame.putInt(numAtoms);
        if (numAtoms <= 9) {
            for (double v : x) {
                frame.putFloat((float) v);
            }
        } else {
            XtcCodec.Params p = XtcCodec.encode(x, numAtoms, precision, quantized, bits);
            int n = bits.byteCount();
            int padded = (n + 3) & ~3;
            if (frame.remaining() < 36 + padded) {
                ByteBuffer bigger = ByteBuffer.allocate(frame.position() + 36 + padded).order(ByteOrder.BIG_ENDIAN);
                frame.flip();
                bigger.put(frame);
                frame = bigger;
            }
            frame.putFloat(precision);
            for (int k = 0; k < 3; k++) {
                frame.putInt(p.minInt[k]);
            }
            for (int k = 0; k < 3; k++) {
                frame.putInt(p.maxInt[k]);
            }
            frame.putInt(p.smallIdx).putInt(n);
            frame.put(bits.buffer(), 0, n);
            for (int k = n; k < padded; k++) {
                frame.put((byte) 0);
            }
        }
        frame.flip();
    }

    @Override
    public void abort() {
        done = true;
        output.abort();
    }

    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        output.commit();
    }
}
