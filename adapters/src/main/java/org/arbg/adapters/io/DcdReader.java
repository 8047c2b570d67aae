package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Streams frames from a CHARMM/NAMD/OpenMM/mdtraj DCD file, either byte order, with or without a per-frame
 * unit cell. Coordinates are float32 in Å on disk and returned in nm. Frames are read until the end of the
 * file (the header's frame count may lag after a crash); a partial last frame is an error.
 */
public final class DcdReader implements TrajectoryReader {
    private static final double NM_PER_ANGSTROM = 0.1;

    private final Path path;
    private final FileChannel channel;
    private final DcdHeader header;
    private final long fileSize;
    private ByteBuffer frame;
    private int framesRead;
    private UnitCell cell;

    private DcdReader(Path path, FileChannel channel, DcdHeader header, long fileSize) {
        this.path = path;
        this.channel = channel;
        this.header = header;
        this.fileSize = fileSize;
    }

    /** Opens the file and reads its header. */
    public static DcdReader open(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        try {
            DcdHeader h = DcdHeader.read(ch, path);
            return new DcdReader(path, ch, h, ch.size());
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
        return header.numAtoms();
    }

    /** Whether each frame carries a unit cell. */
    public boolean hasUnitCell() {
        return header.hasUnitCell();
    }

    /** The frame count written in the header (NSET). */
    public int headerFrameCount() {
        return header.frameCount();
    }

    /** Number of complete frames the file holds, from its size. */
    public long frameCountFromSize() {
        return (fileSize - header.headerBytes()) / header.frameBytes();
    }

    @Override
    public int framesRead() {
        return framesRead;
    }

    @Override
    public Optional<UnitCell> unitCell() {
        return Optional.ofNullable(cell);
    }

    @Override
    public boolean readFrame(double[] positionsNm) throws IOException {
        int n = header.numAtoms();
        FrameChecks.checkBuffer(positionsNm, n);
        long start = header.headerBytes() + framesRead * header.frameBytes();
        if (start >= fileSize) {
            return false;
        }
        long frameBytes = header.frameBytes();
        if (start + frameBytes > fileSize) {
            throw new BadInputException(path, "frame " + framesRead + " at byte offset " + start,
                    "file ends inside the frame (" + (fileSize - start) + " of " + frameBytes + " bytes)");
        }
        if (frame == null) {
            // allocated only once we know the file really holds a whole frame of this size
            frame = ByteBuffer.allocate((int) frameBytes).order(header.order());
        }
        frame.clear();
        if (ChannelIo.readFully(channel, frame, start) < frameBytes) {
            throw new BadInputException(path, "frame " + framesRead, "file shrank while reading");
        }
        int p = 0;
        if (header.hasUnitCell()) {
            expectMarker(p, DcdHeader.CELL_BYTES, start);
            cell = parseCell(p + 4);
            expectMarker(p + 4 + DcdHeader.CELL_BYTES, DcdHeader.CELL_BYTES, start);
            p += DcdHeader.CELL_BYTES + 8;
        }
        int block = 4 * n;
        for (int axis = 0; axis < 3; axis++) {
            expectMarker(p, block, start);
            int q = p + 4;
            for (int i = 0; i < n; i++) {
                positionsNm[3 * i + axis] = frame.getFloat(q + 4 * i) * NM_PER_ANGSTROM;
            }
            expectMarker(p + 4 + block, block, start);
            p += block + 8;
        }
        framesRead++;
        return true;
    }

    private void expectMarker(int offset, int expected, long frameStart) {
        int got = frame.getInt(offset);
        if (got != expected) {
            throw new BadInputException(path, "frame " + framesRead + " at byte offset " + (frameStart + offset),
                    "record marker is " + got + ", expected " + expected + " (garbled file or wrong atom count)");
        }
    }

    /** CHARMM order a, gamma, b, beta, alpha, c; angles as cosines (CHARMM, NAMD, OpenMM) or degrees (old). */
    private UnitCell parseCell(int p) {
        double a = frame.getDouble(p);
        double g = frame.getDouble(p + 8);
        double b = frame.getDouble(p + 16);
        double be = frame.getDouble(p + 24);
        double al = frame.getDouble(p + 32);
        double c = frame.getDouble(p + 40);
        if (a == 0 && b == 0 && c == 0) {
            return null;
        }
        boolean cosines = Math.abs(g) <= 1 && Math.abs(be) <= 1 && Math.abs(al) <= 1;
        double alpha = cosines ? Math.toDegrees(Math.acos(al)) : al;
        double beta = cosines ? Math.toDegrees(Math.acos(be)) : be;
        double gamma = cosines ? Math.toDegrees(Math.acos(g)) : g;
        if (!(a > 0 && b > 0 && c > 0 && Double.isFinite(a + b + c)
                && alpha > 0 && alpha < 180 && beta > 0 && beta < 180 && gamma > 0 && gamma < 180)) {
            throw new BadInputException(path, "frame " + framesRead, "invalid unit cell: lengths " + a + ", "
                    + b + ", " + c + " Å, angles " + alpha + ", " + beta + ", " + gamma);
        }
        return new UnitCell(a * NM_PER_ANGSTROM, b * NM_PER_ANGSTROM, c * NM_PER_ANGSTROM, alpha, beta, gamma);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
