package org.arbg.energy.md;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.AtomicOutput;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;

/**
 * A 1-D float64 .npy file of potential energies (kJ/mol), one per trajectory frame, written in place: values are
 * appended at the end and the header's length is rewritten at every {@link #flush()}, so after a kill the file
 * holds every flushed value and {@link #resume} can cut it back to a checkpoint. (The adapters' NpyAppender
 * publishes its file only on close, which a killed run never reaches.)
 */
final class EnergyNpyLog implements AutoCloseable {
    /** Fixed header size: numpy pads to a multiple of 64, and 128 bytes leave room for any long length. */
    private static final int HEADER_BYTES = 128;

    private final Path path;
    private final FileChannel channel;
    private final ByteBuffer pending = ByteBuffer.allocate(8 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    private long flushed;
    private boolean closed;

    private EnergyNpyLog(Path path, FileChannel channel, long values) {
        this.path = path;
        this.channel = channel;
        this.flushed = values;
    }

    /** Creates (or replaces) an empty array at {@code path}. */
    static EnergyNpyLog create(Path path) throws IOException {
        return replaceWith(path, new double[0]);
    }

    /**
     * Reopens an array written by an earlier run and keeps only its first {@code keep} values (those a checkpoint
     * refers to).
     *
     * @throws BadInputException when the file is missing, unreadable or shorter than {@code keep}
     */
    static EnergyNpyLog resume(Path path, long keep) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path, "", "the energies of the run to resume are missing");
        }
        NpyArray array = Npy.read(path);
        if (!(array instanceof NpyArray.Float64 f) || f.shape().length != 1) {
            throw new BadInputException(path, "", "expected a 1-D float64 array of energies, got " + array);
        }
        if (f.data().length < keep) {
            throw new BadInputException(path, "", "holds " + f.data().length + " energies but the checkpoint "
                    + "refers to " + keep + " frames");
        }
        double[] kept = new double[Math.toIntExact(keep)];
        System.arraycopy(f.data(), 0, kept, 0, kept.length);
        return replaceWith(path, kept);
    }

    /** Writes header + values through a temporary file (atomic), then opens the result for appending. */
    private static EnergyNpyLog replaceWith(Path path, double[] values) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(path)) {
            ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
            b.put(header(values.length));
            for (double v : values) {
                b.putDouble(v);
            }
            b.flip();
            while (b.hasRemaining()) {
                out.channel().write(b);
            }
            out.commit();
        }
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new EnergyNpyLog(path.toAbsolutePath(), ch, values.length);
    }

    private static byte[] header(long length) {
        String dict = String.format(Locale.ROOT, "{'descr': '<f8', 'fortran_order': False, 'shape': (%d,), }",
                length);
        int dictBytes = HEADER_BYTES - 10;
        StringBuilder s = new StringBuilder(dict);
        while (s.length() < dictBytes - 1) {
            s.append(' ');
        }
        s.append('\n');
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        b.putShort((short) dictBytes);
        b.put(s.toString().getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }

    Path path() {
        return path;
    }

    /** Values appended so far, flushed or not. */
    long size() {
        return flushed + pending.position() / 8;
    }

    /** Appends one energy (kJ/mol). */
    void append(double value) throws IOException {
        if (closed) {
            throw new IllegalStateException("energy log " + path + " is closed");
        }
        if (!pending.hasRemaining()) {
            flush();
        }
        pending.putDouble(value);
    }

    /** Writes pending values, then the header with the new length (data first, so the header never overstates). */
    void flush() throws IOException {
        pending.flip();
        long at = HEADER_BYTES + 8 * flushed;
        int count = pending.remaining() / 8;
        while (pending.hasRemaining()) {
            at += channel.write(pending, at);
        }
        pending.clear();
        flushed += count;
        ByteBuffer h = ByteBuffer.wrap(header(flushed));
        long pos = 0;
        while (h.hasRemaining()) {
            pos += channel.write(h, pos);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flush();
            channel.force(false);
        } finally {
            closed = true;
            channel.close();
        }
    }
}
