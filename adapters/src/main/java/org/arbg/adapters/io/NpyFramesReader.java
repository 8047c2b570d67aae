package org.arbg.adapters.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.arbg.adapters.BadInputException;

/**
 * Reads coordinates stored as a numpy array of shape (frames, atoms, 3) — mdtraj's {@code xyz}, in nm —
 * one frame at a time (constant memory). float64 and float32 are accepted.
 */
public final class NpyFramesReader implements TrajectoryReader {
    private static final int HEADER_PREFIX = 4096;

    private final Path path;
    private final FileChannel channel;
    private final int atoms;
    private final long frames;
    private final int itemSize;
    private final long dataOffset;
    private final ByteBuffer frameBuffer;
    private int framesRead;

    private NpyFramesReader(Path path, FileChannel channel, int atoms, long frames, int itemSize, long dataOffset) {
        this.path = path;
        this.channel = channel;
        this.atoms = atoms;
        this.frames = frames;
        this.itemSize = itemSize;
        this.dataOffset = dataOffset;
        this.frameBuffer = ByteBuffer.allocate(3 * atoms * itemSize).order(ByteOrder.LITTLE_ENDIAN);
    }

    public static NpyFramesReader open(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        try {
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(HEADER_PREFIX, ch.size()));
            ChannelIo.readFully(ch, head, 0);
            NpyHeader h = NpyHeader.decode(head.array(), head.position(), path.toString());
            long[] shape = h.shape();
            if (shape.length != 3 || shape[2] != 3 || shape[1] <= 0) {
                throw new BadInputException(path, "header", "coordinates must have shape (frames, atoms, 3), got "
                        + java.util.Arrays.toString(shape));
            }
            int item = switch (h.descr()) {
                case "<f8" -> 8;
                case "<f4" -> 4;
                default -> throw new BadInputException(path, "header",
                        "coordinates must be little-endian float64 or float32, got '" + h.descr() + "'");
            };
            long expected = h.dataOffset() + shape[0] * shape[1] * 3 * item;
            if (ch.size() < expected) {
                throw new BadInputException(path, "", "truncated: the header announces " + shape[0] + " frames of "
                        + shape[1] + " atoms (" + expected + " bytes) but the file has " + ch.size());
            }
            return new NpyFramesReader(path, ch, Math.toIntExact(shape[1]), shape[0], item, h.dataOffset());
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
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
    public boolean readFrame(double[] positionsNm) throws IOException {
        if (framesRead >= frames) {
            return false;
        }
        frameBuffer.clear();
        ChannelIo.readFully(channel, frameBuffer, dataOffset + (long) framesRead * frameBuffer.capacity());
        frameBuffer.flip();
        for (int k = 0; k < 3 * atoms; k++) {
            double v = itemSize == 8 ? frameBuffer.getDouble() : frameBuffer.getFloat();
            if (!Double.isFinite(v)) {
                throw new BadInputException(path, "frame " + framesRead + ", atom " + (k / 3),
                        "non-finite coordinate " + v);
            }
            positionsNm[k] = v;
        }
        framesRead++;
        return true;
    }

    @Override
    public int framesRead() {
        return framesRead;
    }

    @Override
    public Optional<UnitCell> unitCell() {
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
