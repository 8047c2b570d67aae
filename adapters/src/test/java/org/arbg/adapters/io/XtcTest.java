package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XtcTest {
    @TempDir
    Path dir;

    @Test
    void magicTableHasItsDefiningProperty() {
        for (int i = XtcCodec.FIRST_IDX; i <= XtcCodec.LAST_IDX; i++) {
            long m = XtcCodec.MAGIC[i];
            assertTrue(m * m * m <= 1L << i, "three values below MAGIC[" + i + "] fit in " + i + " bits");
            assertTrue(m > XtcCodec.MAGIC[i - 1]);
        }
    }

    /** Re-encoding mdtraj's frames at the same precision reproduces its compressed bytes exactly. */
    @Test
    void reencodingFrame0GivesTheSameBytes() throws IOException {
        Path src = TestData.path("trajectories/frame0.xtc");
        Path out = dir.resolve("re.xtc");
        // mdtraj stored this file with precision 100/nm (its coordinates are multiples of 0.01 nm)
        try (XtcReader r = XtcReader.open(src); XtcWriter w = XtcWriter.create(out, 22, 100f, 1.0)) {
            double[] x = new double[66];
            while (r.readFrame(x)) {
                assertEquals(100f, r.precision());
                w.writeFrame(x, r.unitCell().orElse(null), r.step(), r.timePs());
            }
            assertEquals(501, r.framesRead());
        }
        byte[] theirs = Files.readAllBytes(src);
        byte[] mine = Files.readAllBytes(out);
        assertEquals(theirs.length, mine.length);
        int frameStart = 0;
        while (frameStart < theirs.length) {
            int nbytes = java.nio.ByteBuffer.wrap(theirs, frameStart + 88, 4).getInt();
            int end = frameStart + 92 + ((nbytes + 3) & ~3);
            // header up to the box, then everything after the box (the box goes through lengths/angles)
            assertArrayEquals(Arrays.copyOfRange(theirs, frameStart, frameStart + 16),
                    Arrays.copyOfRange(mine, frameStart, frameStart + 16));
            assertArrayEquals(Arrays.copyOfRange(theirs, frameStart + 52, end),
                    Arrays.copyOfRange(mine, frameStart + 52, end), "frame at byte " + frameStart);
            frameStart = end;
        }
    }

    @Test
    void roundTripWithinPrecision() throws IOException {
        SplittableRandom rng = new SplittableRandom(7);
        int natoms = 1234;
        List<double[]> frames = new ArrayList<>();
        for (int f = 0; f < 20; f++) {
            double[] x = new double[3 * natoms];
            for (int i = 0; i < natoms; i++) {
                // water-like clusters: an oxygen and two hydrogens 0.1 nm away, plus some far atoms
                double bx = rng.nextDouble(-3, 5);
                double by = rng.nextDouble(-3, 5);
                double bz = rng.nextDouble(-3, 5);
                int base = 3 * i;
                double off = (i % 3) * 0.1;
                x[base] = bx * (i % 3 == 0 ? 1 : 0) + off;
                x[base + 1] = by;
                x[base + 2] = bz;
                if (i % 3 != 0) {
                    x[base] = x[base - 3] + rng.nextDouble(-0.1, 0.1);
                    x[base + 1] = x[base - 2] + rng.nextDouble(-0.1, 0.1);
                    x[base + 2] = x[base - 1] + rng.nextDouble(-0.1, 0.1);
                }
            }
            frames.add(x);
        }
        Path out = dir.resolve("rt.xtc");
        UnitCell cell = UnitCell.rectangular(4.5, 5.5, 6.5);
        try (TrajectoryWriter w = XtcWriter.create(out, natoms)) {
            for (double[] x : frames) {
                w.writeFrame(x, cell);
            }
        }
        try (XtcReader r = XtcReader.open(out)) {
            double[] x = new double[3 * natoms];
            for (int f = 0; f < frames.size(); f++) {
                assertTrue(r.readFrame(x));
                for (int i = 0; i < x.length; i++) {
                    assertEquals(frames.get(f)[i], x[i], 5.1e-4, "frame " + f + " value " + i);
                }
                assertEquals(f, r.step());
                assertArrayEquals(new double[] {4.5, 5.5, 6.5}, r.boxNm().orElseThrow(), 1e-6);
            }
            assertFalse(r.readFrame(x));
        }
    }

    @Test
    void farApartAtomsUseLargeEncoding() throws IOException {
        // a range above 2^24 / 1000 nm forces per-coordinate bit widths instead of the packed product
        double[] x = new double[3 * 12];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % 2 == 0 ? 1 : -1) * (i * 997.0 + 0.123);
        }
        Path out = dir.resolve("big.xtc");
        try (XtcWriter w = XtcWriter.create(out, 12)) {
            w.writeFrame(x);
        }
        try (XtcReader r = XtcReader.open(out)) {
            double[] y = new double[x.length];
            assertTrue(r.readFrame(y));
            for (int i = 0; i < x.length; i++) {
                // float32 arithmetic in quantizing and scaling back (as in xdrfile) costs a few ulps here
                assertEquals(x[i], y[i], 3 * Math.ulp((float) x[i]) + 5e-4);
            }
            assertTrue(r.unitCell().isEmpty());
        }
    }

    @Test
    void fewAtomsAreStoredAsFloats() throws IOException {
        double[] x = {0.1234567, 1.5, -2.25, 3, 4, 5};
        Path out = dir.resolve("two.xtc");
        try (XtcWriter w = XtcWriter.create(out, 2)) {
            w.writeFrame(x);
            w.writeFrame(x);
        }
        assertEquals(2 * (56 + 24), Files.size(out));
        try (XtcReader r = XtcReader.open(out)) {
            double[] y = new double[6];
            assertTrue(r.readFrame(y));
            for (int i = 0; i < 6; i++) {
                assertEquals((float) x[i], y[i], 0.0);
            }
        }
    }

    @Test
    void nanRejectedAndNoFileLeft() throws IOException {
        Path out = dir.resolve("nan.xtc");
        XtcWriter w = XtcWriter.create(out, 12);
        w.writeFrame(DcdTest.positions(12, 1));
        double[] bad = DcdTest.positions(12, 1);
        bad[3 * 11 + 2] = Double.NaN;
        BadInputException e = assertThrows(BadInputException.class, () -> w.writeFrame(bad));
        assertTrue(e.getMessage().contains("frame 1, atom 11"), e.getMessage());
        w.close();
        assertTrue(DcdTest.isEmpty(dir));
    }

    @Test
    void truncatedFileNamesFrameAndOffset() throws IOException {
        byte[] bytes = Files.readAllBytes(TestData.path("trajectories/frame0.xtc"));
        Path cut = dir.resolve("cut.xtc");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 30));
        try (XtcReader r = XtcReader.open(cut)) {
            BadInputException e = assertThrows(BadInputException.class, () -> DcdTest.readAll(r));
            assertTrue(e.getMessage().contains("frame 500 at byte offset"), e.getMessage());
        }
    }
}
