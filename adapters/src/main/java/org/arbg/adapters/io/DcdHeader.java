package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The header of a CHARMM/NAMD-style DCD file (as OpenMM's DCDFile and mdtraj write it): an 84-byte control
 * block starting with "CORD", a title block of 80-character lines, and an atom-count block, each wrapped in
 * Fortran record markers (4-byte lengths before and after).
 *
 * @param order         byte order, detected from the first record marker
 * @param numAtoms      atoms per frame
 * @param frameCount    frames recorded in the header (NSET); may lag behind the file after a crash
 * @param firstStep     ISTART
 * @param interval      NSAVC, steps between frames
 * @param hasUnitCell   whether every frame starts with a 48-byte unit-cell block
 * @param headerBytes   offset of the first frame
 */
record DcdHeader(ByteOrder order, int numAtoms, int frameCount, int firstStep, int interval,
                 boolean hasUnitCell, long headerBytes) {
    static final int CONTROL_BYTES = 84;
    static final long NSET_OFFSET = 8;
    static final long NSTEP_OFFSET = 20;
    static final long CELL_FLAG_OFFSET = 48;
    static final int CELL_BYTES = 48;
    private static final int MAX_TITLES = 1000;

    /** Bytes of one frame on disk, record markers included. */
    long frameBytes() {
        return (hasUnitCell ? CELL_BYTES + 8 : 0) + 3L * (4L * numAtoms + 8);
    }

    /** Reads and validates the header at the start of the channel. */
    static DcdHeader read(FileChannel ch, Path path) throws IOException {
        long size = ch.size();
        ByteBuffer first = ByteBuffer.allocate(CONTROL_BYTES + 8);
        if (ChannelIo.readFully(ch, first, 0) < first.capacity()) {
            throw new BadInputException(path, "header", "file is too short (" + size
                    + " bytes) to be a DCD file");
        }
        first.flip();
        ByteOrder order;
        if (first.order(ByteOrder.LITTLE_ENDIAN).getInt(0) == CONTROL_BYTES) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (first.order(ByteOrder.BIG_ENDIAN).getInt(0) == CONTROL_BYTES) {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new BadInputException(path, "byte offset 0", "not a DCD file: the first record marker is "
                    + first.order(ByteOrder.LITTLE_ENDIAN).getInt(0) + ", expected 84 (either byte order)");
        }
        first.order(order);
        if (first.get(4) != 'C' || first.get(5) != 'O' || first.get(6) != 'R' || first.get(7) != 'D') {
            throw new BadInputException(path, "byte offset 4", "not a coordinate DCD file: magic is not 'CORD'");
        }
        int nset = first.getInt(8);
        int istart = first.getInt(12);
        int nsavc = first.getInt(16);
        int fixedAtoms = first.getInt(40);
        int charmm = first.getInt(84);
        boolean cell = charmm != 0 && first.getInt(48) != 0;
        boolean fourDims = charmm != 0 && first.getInt(52) != 0;
        if (first.getInt(88) != CONTROL_BYTES) {
            throw new BadInputException(path, "byte offset 88", "control block end marker is "
                    + first.getInt(88) + ", expected 84");
        }
        if (fixedAtoms != 0) {
            throw new BadInputException(path, "header", "DCD files with fixed atoms (NAMNF=" + fixedAtoms
                    + ") are not supported; write all atoms in every frame");
        }
        if (fourDims) {
            throw new BadInputException(path, "header", "4-dimensional DCD files are not supported");
        }
        long pos = CONTROL_BYTES + 8;
        ByteBuffer small = ByteBuffer.allocate(8).order(order);
        if (ChannelIo.readFully(ch, small, pos) < 8) {
            throw truncated(path, pos);
        }
        int titleLen = small.getInt(0);
        int ntitle = small.getInt(4);
        if (ntitle < 0 || ntitle > MAX_TITLES || titleLen != 4 + 80 * ntitle) {
            throw new BadInputException(path, "byte offset " + pos, "title block has length " + titleLen
                    + " for " + ntitle + " lines; expected 4 + 80 per line");
        }
        pos += 4 + titleLen;
        small.clear();
        if (ChannelIo.readFully(ch, small, pos) < 4) {
            throw truncated(path, pos);
        }
        if (small.getInt(0) != titleLen) {
            throw new BadInputException(path, "byte offset " + pos, "title block end marker is "
                    + small.getInt(0) + ", expected " + titleLen);
        }
        pos += 4;
        ByteBuffer atoms = ByteBuffer.allocate(12).order(order);
        if (ChannelIo.readFully(ch, atoms, pos) < 12) {
            throw truncated(path, pos);
        }
        if (atoms.getInt(0) != 4 || atoms.getInt(8) != 4) {
            throw new BadInputException(path, "byte offset " + pos, "atom-count block markers are "
                    + atoms.getInt(0) + " and " + atoms.getInt(8) + ", expected 4 and 4");
        }
        int natoms = atoms.getInt(4);
        FrameChecks.checkAtomCount(path, "atom-count block at byte offset " + pos, natoms);
        pos += 12;
        return new DcdHeader(order, natoms, nset, istart, nsavc, cell, pos);
    }

    private static BadInputException truncated(Path path, long pos) {
        return new BadInputException(path, "byte offset " + pos, "file ends inside the DCD header");
    }
}
