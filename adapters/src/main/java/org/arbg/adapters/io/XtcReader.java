package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Streams frames from a GROMACS XTC file (big-endian XDR; magic 1995; step, time, 3x3 box in nm; coordinates
 * compressed with xdr3dfcoord, or plain floats for at most 9 atoms). Positions come back in nm, exact to the
 * file's precision (1/precision nm, 0.001 nm by default).
 */
public final class XtcReader implements TrajectoryReader {
    static final int MAGIC = 1995;
    /** magic, natoms, step, time, 9 box floats, natoms again. */
    static final int HEADER_BYTES = 4 * 14;
    /** precision, minint[3], maxint[3], smallidx, byte count. */
    private static final int COMPRESSED_HEADER_BYTES = 4 * 9;

    private final Path path;
    private final FileChannel channel;
    private final long fileSize;
    private final int numAtoms;
    private final ByteBuffer head = ByteBuffer.allocate(HEADER_BYTES + COMPRESSED_HEADER_BYTES)
            .order(ByteOrder.BIG_ENDIAN);
    private final XtcCodec.Params params = new XtcCodec.Params();
    private final double[] box = new double[9];
    private byte[] data = new byte[0];
    private long offset;
    private int framesRead;
    private UnitCell cell;
    private int step;
    private float timePs;
    private float precision;

    private XtcReader(Path path, FileChannel channel, long fileSize, int numAtoms) {
        this.path = path;
        this.channel = channel;
        this.fileSize = fileSize;
        this.numAtoms = numAtoms;
    }

    /** Opens the file and reads the atom count from the first frame header. */
    public static XtcReader open(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        try {
            long size = ch.size();
            ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
            if (ChannelIo.readFully(ch, b, 0) < 8) {
                throw new BadInputException(path, "byte offset 0", "file is too short (" + size
                        + " bytes) to be an XTC file");
            }
            if (b.getInt(0) != MAGIC) {
                throw new BadInputException(path, "byte offset 0", "not an XTC file: magic is " + b.getInt(0)
                        + ", expected 1995");
            }
            int natoms = b.getInt(4);
            FrameChecks.checkAtomCount(path, "frame 0 header", natoms);
            // each atom takes at least 9 bits compressed (12 bytes plain), which bounds natoms by the size
            if (natoms > 9 && natoms > size) {
                throw new BadInputException(path, "frame 0 header", "atom count " + natoms
                        + " is impossible for a file of " + size + " bytes");
            }
            return new XtcReader(path, ch, size, natoms);
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
        return numAtoms;
    }

    @Override
    public int framesRead() {
        return framesRead;
    }

    @Override
    public Optional<UnitCell> unitCell() {
        return Optional.ofNullable(cell);
    }

    /** MD step of the last frame read. */
    public int step() {
        return step;
    }

    /** Time of the last frame read, in ps. */
    public float timePs() {
        return timePs;
    }

    /** Precision (1/nm) of the last frame read; 0 for uncompressed frames of at most 9 atoms. */
    public float precision() {
        return precision;
    }

    @Override
    public boolean readFrame(double[] positionsNm) throws IOException {
        FrameChecks.checkBuffer(positionsNm, numAtoms);
        if (offset >= fileSize) {
            return false;
        }
        String place = "frame " + framesRead + " at byte offset " + offset;
        int headBytes = numAtoms <= 9 ? HEADER_BYTES : HEADER_BYTES + COMPRESSED_HEADER_BYTES;
        head.clear().limit(headBytes);
        if (ChannelIo.readFully(channel, head, offset) < headBytes) {
            throw new BadInputException(path, place, "file ends inside the frame header");
        }
        if (head.getInt(0) != MAGIC) {
            throw new BadInputException(path, place, "bad magic " + head.getInt(0) + " (expected 1995): garbled file");
        }
        if (head.getInt(4) != numAtoms || head.getInt(52) != numAtoms) {
            throw new BadInputException(path, place, "frame has " + head.getInt(4) + "/" + head.getInt(52)
                    + " atoms but the first frame has " + numAtoms);
        }
        int stepRead = head.getInt(8);
        float time = head.getFloat(12);
        for (int k = 0; k < 9; k++) {
            box[k] = head.getFloat(16 + 4 * k);
        }
        long pos = offset + headBytes;
        if (numAtoms <= 9) {
            readPlain(positionsNm, pos, place);
            pos += 12L * numAtoms;
            precision = 0;
        } else {
            pos = readCompressed(positionsNm, pos, place);
        }
        try {
            cell = UnitCell.fromVectorsNm(box).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(path, place, "invalid box: " + e.getMessage());
        }
        step = stepRead;
        timePs = time;
        offset = pos;
        framesRead++;
        return true;
    }

    private void readPlain(double[] positionsNm, long pos, String place) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(12 * numAtoms).order(ByteOrder.BIG_ENDIAN);
        if (ChannelIo.readFully(channel, b, pos) < b.capacity()) {
            throw new BadInputException(path, place, "file ends inside the coordinates");
        }
        for (int i = 0; i < 3 * numAtoms; i++) {
            positionsNm[i] = b.getFloat(4 * i);
        }
    }

    private long readCompressed(double[] positionsNm, long pos, String place) throws IOException {
        float prec = head.getFloat(HEADER_BYTES);
        for (int k = 0; k < 3; k++) {
            params.minInt[k] = head.getInt(HEADER_BYTES + 4 + 4 * k);
            params.maxInt[k] = head.getInt(HEADER_BYTES + 16 + 4 * k);
        }
        params.smallIdx = head.getInt(HEADER_BYTES + 28);
        int nbytes = head.getInt(HEADER_BYTES + 32);
        if (!(prec > 0) || Float.isInfinite(prec)) {
            throw new BadInputException(path, place, "invalid precision " + prec);
        }
        long padded = (nbytes + 3L) & ~3L;
        if (nbytes < 0 || pos + padded > fileSize) {
            throw new BadInputException(path, place, "compressed block of " + nbytes
                    + " bytes does not fit in the file (truncated or garbled)");
        }
        if (data.length < padded) {
            data = new byte[(int) padded];
        }
        ByteBuffer b = ByteBuffer.wrap(data, 0, (int) padded);
        if (ChannelIo.readFully(channel, b, pos) < padded) {
            throw new BadInputException(path, place, "file ends inside the compressed coordinates");
        }
        try {
            XtcCodec.decode(data, nbytes, numAtoms, params, prec, positionsNm);
        } catch (XtcBits.CorruptException e) {
            throw new BadInputException(path, place, "garbled compressed coordinates: " + e.getMessage());
        }
        precision = prec;
        return pos + padded;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
