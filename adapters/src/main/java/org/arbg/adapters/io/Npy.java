package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads and writes numpy .npy files (format 1.0 written; 1.0 to 3.0 read), little-endian, C order, dtypes
 * float64, float32 and int64, 1 to 3 dimensions. Writes are atomic (see {@link AtomicOutput}).
 */
public final class Npy {
    private static final int MAX_HEADER = 65536 + 12;

    private Npy() {
    }

    /** Writes the array to {@code path} (replacing it) with numpy's header layout. */
    public static void write(Path path, NpyArray array) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(path)) {
            ChannelIo.writeFully(out.channel(), ByteBuffer.wrap(toBytes(array)), 0);
            out.commit();
        }
    }

    /** The complete .npy file contents for the array. */
    public static byte[] toBytes(NpyArray array) {
        int[] shape = array.shape();
        long[] dims = Arrays.stream(shape).asLongStream().toArray();
        byte[] header = NpyHeader.encode(array.descr(), dims);
        ByteBuffer b = ByteBuffer.allocate(header.length + array.size() * array.itemSize())
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(header);
        if (array instanceof NpyArray.Float64 a) {
            b.asDoubleBuffer().put(a.data());
        } else if (array instanceof NpyArray.Float32 a) {
            b.asFloatBuffer().put(a.data());
        } else if (array instanceof NpyArray.Int64 a) {
            b.asLongBuffer().put(a.data());
        }
        return b.array();
    }

    /** Reads a .npy file. Garbled or truncated files throw BadInputException naming the file. */
    public static NpyArray read(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, MAX_HEADER));
            int got = ChannelIo.readFully(ch, head, 0);
            NpyHeader h = NpyHeader.decode(head.array(), got, path.toString());
            int count = checkedCount(h, size - h.dataOffset(), path.toString());
            ByteBuffer data = ByteBuffer.allocate(count * itemSize(h, path.toString()))
                    .order(ByteOrder.LITTLE_ENDIAN);
            ChannelIo.readFully(ch, data, h.dataOffset());
            data.flip();
            return decodeData(h, data, path.toString());
        }
    }

    /** Parses a complete .npy file held in memory ({@code source} names it in messages). */
    public static NpyArray fromBytes(byte[] bytes, String source) {
        NpyHeader h = NpyHeader.decode(bytes, bytes.length, source);
        int count = checkedCount(h, bytes.length - h.dataOffset(), source);
        ByteBuffer data = ByteBuffer.wrap(bytes, h.dataOffset(), count * itemSize(h, source)).slice()
                .order(ByteOrder.LITTLE_ENDIAN);
        return decodeData(h, data, source);
    }

    private static int itemSize(NpyHeader h, String source) {
        return switch (h.descr()) {
            case "<f8", "<i8" -> 8;
            case "<f4" -> 4;
            default -> throw new BadInputException(source, "header", "unsupported dtype '" + h.descr()
                    + "'; arbg reads little-endian <f8, <f4 and <i8");
        };
    }

    /** The element count, checked against the dimensions arbg supports and the bytes present. */
    private static int checkedCount(NpyHeader h, long dataBytes, String source) {
        long[] shape = h.shape();
        if (shape.length < 1 || shape.length > 3) {
            throw new BadInputException(source, "header", "arrays of 1 to 3 dimensions are supported, got shape "
                    + Arrays.toString(shape));
        }
        int item = itemSize(h, source);
        long count = 1;
        for (long d : shape) {
            if (d > Integer.MAX_VALUE) {
                throw new BadInputException(source, "header", "dimension too large in shape " + Arrays.toString(shape));
            }
            count *= d;
            if (count > Integer.MAX_VALUE / item) {
                throw new BadInputException(source, "header", "array too large: shape " + Arrays.toString(shape));
            }
        }
        if (count * item > dataBytes) {
            throw new BadInputException(source, "byte offset " + h.dataOffset(), "file is truncated: shape "
                    + Arrays.toString(shape) + " needs " + count * item + " data bytes, found " + dataBytes);
        }
        return (int) count;
    }

    private static NpyArray decodeData(NpyHeader h, ByteBuffer data, String source) {
        int[] shape = Arrays.stream(h.shape()).mapToInt(d -> (int) d).toArray();
        int count = checkedCount(h, data.remaining(), source);
        switch (h.descr()) {
            case "<f8" -> {
                double[] v = new double[count];
                data.asDoubleBuffer().get(v);
                return new NpyArray.Float64(shape, v);
            }
            case "<f4" -> {
                float[] v = new float[count];
                data.asFloatBuffer().get(v);
                return new NpyArray.Float32(shape, v);
            }
            default -> {
                long[] v = new long[count];
                data.asLongBuffer().get(v);
                return new NpyArray.Int64(shape, v);
            }
        }
    }
}
