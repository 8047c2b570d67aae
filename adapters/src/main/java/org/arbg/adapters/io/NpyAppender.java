package org.arbg.adapters.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import java.nio.file.Path;

/**
 * Streams a float64 .npy array of shape (n,), (n, columns) or (n, atoms, 3) whose length n is unknown in
 * advance, such as energies written during MD or coordinates of a trajectory. The header is written with n = 0 and numpy's spare room after the first
 * dimension, and rewritten in place with the real n at every flush and on close, so memory stays constant.
 * The file is atomic: it appears under its name on {@link #close()}, and {@link #abort()} discards it.
 */
public final class NpyAppender implements AutoCloseable {
    private static final int BUFFER_VALUES = 8192;

    private final AtomicOutput out;
    private final int columns;
    /** The shape after the first dimension: {} for 1-D, {columns} for 2-D, {atoms, 3} for frames. */
    private final long[] rowShape;
    private final int headerBytes;
    private final ByteBuffer buffer;
    private long rows;
    private int pendingInRow;
    private long flushedBytes;
    private boolean done;

    private NpyAppender(AtomicOutput out, long[] rowShape, int headerBytes) {
        this.out = out;
        this.rowShape = rowShape;
        long size = 1;
        for (long d : rowShape) {
            size *= d;
        }
        this.columns = rowShape.length == 0 ? 0 : Math.toIntExact(size);
        this.headerBytes = headerBytes;
        this.buffer = ByteBuffer.allocate(8 * BUFFER_VALUES).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A 1-D array of shape (n,): call {@link #append(double)} once per element. */
    public static NpyAppender open1d(Path path) throws IOException {
        return open(path, new long[0]);
    }

    /**
     * A 2-D array of shape (n, columns): call {@link #appendRow(double[])}, or {@link #append(double)}
     * {@code columns} times, per row.
     */
    public static NpyAppender open2d(Path path, int columns) throws IOException {
        if (columns <= 0) {
            throw new IllegalArgumentException("columns must be positive, got " + columns);
        }
        return open(path, new long[] {columns});
    }

    /**
     * A 3-D array of frames, shape (n, atoms, 3) as mdtraj's xyz: call {@link #appendRow(double[])} with one
     * frame's 3·atoms coordinates.
     */
    public static NpyAppender openFrames(Path path, int atoms) throws IOException {
        if (atoms <= 0) {
            throw new IllegalArgumentException("atoms must be positive, got " + atoms);
        }
        return open(path, new long[] {atoms, 3});
    }

    private static NpyAppender open(Path path, long[] rowShape) throws IOException {
        AtomicOutput out = AtomicOutput.open(path);
        try {
            byte[] header = header(0, rowShape);
            ChannelIo.writeFully(out.channel(), ByteBuffer.wrap(header), 0);
            return new NpyAppender(out, rowShape, header.length);
        } catch (IOException | RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    private static byte[] header(long rows, long[] rowShape) {
        long[] shape = new long[rowShape.length + 1];
        shape[0] = rows;
        System.arraycopy(rowShape, 0, shape, 1, rowShape.length);
        return NpyHeader.encode("<f8", shape);
    }

    /** Appends one value (the next element, or the next entry of the current row). */
    public void append(double value) throws IOException {
        if (done) {
            throw new IllegalStateException("appender for " + out.target() + " is closed");
        }
        if (!buffer.hasRemaining()) {
            flush();
        }
        buffer.putDouble(value);
        if (columns == 0) {
            rows++;
        } else if (++pendingInRow == columns) {
            pendingInRow = 0;
            rows++;
        }
    }

    /** Appends one row of exactly {@code columns} values (2-D arrays only). */
    public void appendRow(double[] row) throws IOException {
        if (columns == 0 || row.length != columns || pendingInRow != 0) {
            throw new IllegalArgumentException("a row needs " + columns + " values (2-D appender, at a row"
                    + " boundary); got " + row.length);
        }
        for (double v : row) {
            append(v);
        }
    }

    /** Rows (1-D: elements) appended so far. */
    public long rows() {
        return rows;
    }

    /** Writes buffered values and updates the header's length, so the temporary file is a valid .npy. */
    public void flush() throws IOException {
        buffer.flip();
        ChannelIo.writeFully(out.channel(), buffer, headerBytes + flushedBytes);
        flushedBytes += buffer.limit();
        buffer.clear();
        byte[] h = header(rows, rowShape);
        if (h.length != headerBytes) {
            throw new IllegalStateException("npy header grew from " + headerBytes + " to " + h.length + " bytes");
        }
        ChannelIo.writeFully(out.channel(), ByteBuffer.wrap(h), 0);
    }

    /** Discards the file. */
    public void abort() {
        done = true;
        out.abort();
    }

    /** Completes the array and moves the file into place; a partial last row is an error (and discards it). */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        if (pendingInRow != 0) {
            abort();
            throw new IllegalStateException("closing " + out.target() + " in the middle of a row ("
                    + pendingInRow + " of " + columns + " values)");
        }
        done = true;
        try {
            flush();
            out.commit();
        } catch (IOException | RuntimeException e) {
            out.abort();
            throw e;
        }
    }
}
