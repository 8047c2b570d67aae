package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DcdTest {
    @TempDir
    Path dir;

    static List<double[]> readAll(TrajectoryReader r) throws IOException {
        List<double[]> frames = new ArrayList<>();
        double[] buf = new double[3 * r.numAtoms()];
        while (r.readFrame(buf)) {
            frames.add(buf.clone());
        }
        return frames;
    }

    @Test
    void readsMdtrajFrame0() throws IOException {
        try (DcdReader r = DcdReader.open(TestData.path("trajectories/frame0.dcd"))) {
            assertEquals(22, r.numAtoms());
            assertEquals(501, r.headerFrameCount());
            List<double[]> frames = readAll(r);
            assertEquals(501, frames.size());
            assertEquals(501, r.framesRead());
            // first atom of frame 0 (float32 Å on disk): 4.3 13.1 8.6 Å, as in multiframe.pdb
            assertEquals(0.430, frames.get(0)[0], 1e-7);
            assertEquals(1.310, frames.get(0)[1], 1e-7);
            assertEquals(0.860, frames.get(0)[2], 1e-7);
            assertTrue(r.unitCell().isPresent());
        }
    }

    @Test
    void readsSolvatedBox() throws IOException {
        try (DcdReader r = DcdReader.open(TestData.path("trajectories/ala_dipeptide.dcd"))) {
            assertEquals(1234, r.numAtoms());
            assertTrue(r.hasUnitCell());
            List<double[]> frames = readAll(r);
            assertEquals(3, frames.size());
            UnitCell cell = r.unitCell().orElseThrow();
            // CRYST1 of ala_dipeptide.pdb: 23.298 Å cube
            assertArrayEquals(new double[] {2.3298, 2.3298, 2.3298}, r.boxNm().orElseThrow(), 1e-4);
            assertEquals(90, cell.alphaDeg(), 1e-9);
            assertEquals(90, cell.betaDeg(), 1e-9);
            assertEquals(90, cell.gammaDeg(), 1e-9);
        }
    }

    @Test
    void roundTripIsExactAndHeaderMatchesMdtraj() throws IOException {
        Path src = TestData.path("trajectories/frame0.dcd");
        List<double[]> frames;
        List<UnitCell> cells = new ArrayList<>();
        try (DcdReader r = DcdReader.open(src)) {
            frames = new ArrayList<>();
            double[] buf = new double[66];
            while (r.readFrame(buf)) {
                frames.add(buf.clone());
                cells.add(r.unitCell().orElseThrow());
            }
        }
        Path out = dir.resolve("out.dcd");
        try (DcdWriter w = DcdWriter.create(out, 22)) {
            for (int i = 0; i < frames.size(); i++) {
                w.writeFrame(frames.get(i), cells.get(i));
            }
        }
        try (DcdReader r = DcdReader.open(out)) {
            assertEquals(501, r.headerFrameCount());
            double[] buf = new double[66];
            for (int i = 0; i < frames.size(); i++) {
                assertTrue(r.readFrame(buf));
                assertArrayEquals(frames.get(i), buf, 0.0, "frame " + i);
                UnitCell c = r.unitCell().orElseThrow();
                assertEquals(cells.get(i).aNm(), c.aNm(), 1e-12);
                assertEquals(cells.get(i).betaDeg(), c.betaDeg(), 1e-9);
            }
            assertFalse(r.readFrame(buf));
        }
        byte[] mine = Files.readAllBytes(out);
        byte[] theirs = Files.readAllBytes(src);
        assertEquals(theirs.length, mine.length, "same header and frame sizes");
        for (int offset : new int[] {0, 88, 92, 96, 256, 260, 264, 268, 272}) {
            assertEquals(intAt(theirs, offset), intAt(mine, offset), "header int at byte " + offset);
        }
        assertEquals(intAt(theirs, 84), intAt(mine, 84), "CHARMM version");
        assertEquals(intAt(theirs, 48), intAt(mine, 48), "unit-cell flag");
    }

    @Test
    void readsByteSwappedFile() throws IOException {
        Path src = TestData.path("trajectories/frame0.dcd");
        Path swapped = dir.resolve("big.dcd");
        Files.write(swapped, swapToBigEndian(Files.readAllBytes(src), 22, true));
        try (DcdReader a = DcdReader.open(src); DcdReader b = DcdReader.open(swapped)) {
            List<double[]> fa = readAll(a);
            List<double[]> fb = readAll(b);
            assertEquals(fa.size(), fb.size());
            for (int i = 0; i < fa.size(); i++) {
                assertArrayEquals(fa.get(i), fb.get(i), 0.0);
            }
            assertEquals(a.unitCell(), b.unitCell());
        }
    }

    /** Rewrites a little-endian DCD (one title block of 2 lines) in big-endian order, field by field. */
    static byte[] swapToBigEndian(byte[] le, int natoms, boolean cell) {
        ByteBuffer in = ByteBuffer.wrap(le).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.allocate(le.length).order(ByteOrder.BIG_ENDIAN);
        out.putInt(in.getInt());
        out.put(new byte[] {in.get(), in.get(), in.get(), in.get()}); // CORD is text
        for (int i = 0; i < 21; i++) {
            out.putInt(in.getInt());
        }
        out.putInt(in.getInt()).putInt(in.getInt());
        byte[] text = new byte[160];
        in.get(text);
        out.put(text);
        for (int i = 0; i < 4; i++) {
            out.putInt(in.getInt());
        }
        while (in.hasRemaining()) {
            if (cell) {
                out.putInt(in.getInt());
                for (int i = 0; i < 6; i++) {
                    out.putDouble(in.getDouble());
                }
                out.putInt(in.getInt());
            }
            for (int axis = 0; axis < 3; axis++) {
                out.putInt(in.getInt());
                for (int i = 0; i < natoms; i++) {
                    out.putFloat(in.getFloat());
                }
                out.putInt(in.getInt());
            }
        }
        return out.array();
    }

    @Test
    void appendResumesAndDropsPartialFrame() throws IOException {
        Path out = dir.resolve("md.dcd");
        double[] x = positions(5, 1.0);
        try (DcdWriter w = DcdWriter.create(out, 5)) {
            w.writeFrame(x);
            w.writeFrame(positions(5, 2.0));
        }
        // simulate a crash in the middle of a third frame
        byte[] bytes = Files.readAllBytes(out);
        byte[] partial = new byte[bytes.length + 17];
        System.arraycopy(bytes, 0, partial, 0, bytes.length);
        Files.write(out, partial);
        try (DcdWriter w = DcdWriter.append(out, 5)) {
            assertEquals(2, w.framesWritten());
            w.writeFrame(positions(5, 3.0));
        }
        try (DcdReader r = DcdReader.open(out)) {
            List<double[]> frames = readAll(r);
            assertEquals(3, frames.size());
            assertEquals(3, r.headerFrameCount());
            assertEquals((float) 3.0, (float) frames.get(2)[0], 1e-6);
        }
        BadInputException e = assertThrows(BadInputException.class, () -> DcdWriter.append(out, 6));
        assertTrue(e.getMessage().contains("6") && e.getMessage().contains("5"), e.getMessage());
        Path notDcd = dir.resolve("x.dcd");
        Files.writeString(notDcd, "hello, this is not a trajectory file at all; it is long enough to have a header"
                + " of eighty-four bytes and more, but no CORD magic...");
        assertThrows(BadInputException.class, () -> DcdWriter.append(notDcd, 5));
    }

    @Test
    void unclosedWriterLeavesReadablePartFile() throws IOException {
        Path out = dir.resolve("killed.dcd");
        DcdWriter w = DcdWriter.create(out, 4);
        w.writeFrame(positions(4, 1.0));
        w.writeFrame(positions(4, 2.0));
        // no close: like a killed run. The temporary file already has a correct frame count.
        assertFalse(Files.exists(out));
        Path part;
        try (Stream<Path> s = Files.list(dir)) {
            part = s.filter(p -> p.getFileName().toString().endsWith(".part")).findFirst().orElseThrow();
        }
        try (DcdReader r = DcdReader.open(part)) {
            assertEquals(2, r.headerFrameCount());
            assertEquals(2, readAll(r).size());
        }
        w.abort();
        assertTrue(isEmpty(dir));
    }

    @Test
    void nanIsRejectedWithFrameAndAtomAndLeavesNoFile() throws IOException {
        Path out = dir.resolve("nan.dcd");
        DcdWriter w = DcdWriter.create(out, 4);
        w.writeFrame(positions(4, 1.0));
        double[] bad = positions(4, 1.0);
        bad[3 * 2 + 1] = Double.NaN;
        BadInputException e = assertThrows(BadInputException.class, () -> w.writeFrame(bad));
        assertTrue(e.getMessage().contains("frame 1, atom 2"), e.getMessage());
        w.close();
        assertTrue(isEmpty(dir), "no output and no temporary file after a failed write");
        DcdWriter w2 = DcdWriter.create(out, 4);
        double[] inf = positions(4, 1.0);
        inf[0] = Double.POSITIVE_INFINITY;
        BadInputException e2 = assertThrows(BadInputException.class, () -> w2.writeFrame(inf));
        assertTrue(e2.getMessage().contains("frame 0, atom 0"), e2.getMessage());
        assertTrue(isEmpty(dir));
    }

    @Test
    void truncatedFileNamesFrame() throws IOException {
        byte[] bytes = Files.readAllBytes(TestData.path("trajectories/frame0.dcd"));
        Path cut = dir.resolve("cut.dcd");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        try (DcdReader r = DcdReader.open(cut)) {
            BadInputException e = assertThrows(BadInputException.class, () -> readAll(r));
            assertTrue(e.getMessage().contains("frame 500"), e.getMessage());
            assertTrue(e.getMessage().contains("cut.dcd"), e.getMessage());
        }
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static double[] positions(int natoms, double base) {
        double[] x = new double[3 * natoms];
        for (int i = 0; i < x.length; i++) {
            x[i] = base + 0.1 * i;
        }
        return x;
    }

    private static int intAt(byte[] b, int offset) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(offset);
    }
}
