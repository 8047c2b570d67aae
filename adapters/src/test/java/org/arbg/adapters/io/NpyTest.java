package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NpyTest {
    @TempDir
    Path dir;

    /** The formulas of test-data/reference/make_npy.py. */
    static NpyArray.Float64 expectedF64() {
        double[] v = new double[12];
        for (int i = 0; i < 12; i++) {
            v[i] = (i * 0.5 - 1.25) / 3.0;
        }
        v[0] = Math.PI;
        return NpyArray.of(v, 3, 4);
    }

    static NpyArray.Float32 expectedF32() {
        float[] v = new float[24];
        for (int i = 0; i < 24; i++) {
            v[i] = (float) i / 7.0f;
        }
        return NpyArray.of(v, 2, 3, 4);
    }

    static NpyArray.Int64 expectedI64() {
        return NpyArray.of(new long[] {0, 1, -2, 1L << 40, -(1L << 62), 7}, 6);
    }

    private static Path ref(String name) {
        return TestData.path("reference/npy/" + name);
    }

    @Test
    void readsNumpyFiles() throws IOException {
        assertEquals(expectedF64(), Npy.read(ref("f64_2d.npy")));
        assertEquals(expectedF32(), Npy.read(ref("f32_3d.npy")));
        assertEquals(expectedI64(), Npy.read(ref("i64_1d.npy")));
        NpyArray a = Npy.read(ref("f32_3d.npy"));
        assertArrayEquals(new int[] {2, 3, 4}, a.shape());
        assertInstanceOf(NpyArray.Float32.class, a);
    }

    @Test
    void writesTheSameBytesAsNumpy() throws IOException {
        for (String[] c : new String[][] {{"f64_2d.npy", "a"}, {"f32_3d.npy", "b"}, {"i64_1d.npy", "c"}}) {
            NpyArray arr = switch (c[1]) {
                case "a" -> expectedF64();
                case "b" -> expectedF32();
                default -> expectedI64();
            };
            Path out = dir.resolve(c[0]);
            Npy.write(out, arr);
            assertArrayEquals(Files.readAllBytes(ref(c[0])), Files.readAllBytes(out), c[0]);
            assertEquals(arr, Npy.read(out));
        }
    }

    @Test
    void npzRoundTripAndNumpyArchives() throws IOException {
        for (String name : new String[] {"mixed.npz", "mixed_compressed.npz"}) {
            Map<String, NpyArray> m = Npz.read(ref(name));
            assertEquals(java.util.List.of("energies", "coords", "ids"), java.util.List.copyOf(m.keySet()));
            assertEquals(expectedF64(), m.get("energies"));
            assertEquals(expectedF32(), m.get("coords"));
            assertEquals(expectedI64(), m.get("ids"));
        }
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("energies", expectedF64());
        m.put("coords", expectedF32());
        m.put("ids", expectedI64());
        Path out = dir.resolve("out.npz");
        Npz.write(out, m);
        assertEquals(m, Npz.read(out));
    }

    @Test
    void appenderGrowsInPlace() throws IOException {
        Path out1 = dir.resolve("e.npy");
        try (NpyAppender a = NpyAppender.open1d(out1)) {
            for (int i = 0; i < 20000; i++) {
                a.append(i * 0.25);
            }
            assertFalse(Files.exists(out1), "not visible before close");
        }
        NpyArray.Float64 e = (NpyArray.Float64) Npy.read(out1);
        assertArrayEquals(new int[] {20000}, e.shape());
        assertEquals(4999.75, e.data()[19999]);
        // header length equals numpy's for the same shape: data starts where numpy's would
        byte[] numpyStyle = Npy.toBytes(e);
        assertArrayEquals(numpyStyle, Files.readAllBytes(out1));

        Path out2 = dir.resolve("e2.npy");
        try (NpyAppender a = NpyAppender.open2d(out2, 3)) {
            a.appendRow(new double[] {1, 2, 3});
            a.appendRow(new double[] {4, 5, Double.POSITIVE_INFINITY});
        }
        NpyArray.Float64 f = (NpyArray.Float64) Npy.read(out2);
        assertArrayEquals(new int[] {2, 3}, f.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, Double.POSITIVE_INFINITY}, f.data());

        Path out3 = dir.resolve("empty.npy");
        try (NpyAppender a = NpyAppender.open2d(out3, 2)) {
            assertEquals(0, a.rows());
        }
        assertArrayEquals(new int[] {0, 2}, Npy.read(out3).shape());
    }

    @Test
    void abortedAppenderLeavesNothing() throws IOException {
        Path out = dir.resolve("a.npy");
        NpyAppender a = NpyAppender.open1d(out);
        a.append(1);
        a.abort();
        a.close();
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void rejectsGarbageWithFileName() throws IOException {
        Path bad = dir.resolve("bad.npy");
        byte[] good = Files.readAllBytes(ref("f64_2d.npy"));
        Files.write(bad, Arrays.copyOf(good, good.length - 8));
        BadInputException e = assertThrows(BadInputException.class, () -> Npy.read(bad));
        assertTrue(e.getMessage().contains("bad.npy") && e.getMessage().contains("truncated"), e.getMessage());
        Files.writeString(bad, "not numpy");
        assertThrows(BadInputException.class, () -> Npy.read(bad));
        Path npz = dir.resolve("bad.npz");
        Files.writeString(npz, "PK not a zip");
        assertThrows(BadInputException.class, () -> Npz.read(npz));
    }
}
