package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Truncated and randomly corrupted inputs (fixed seed) must either read or fail with BadInputException, never
 * with another exception and never hang.
 */
class ReaderFuzzTest {
    private static final int VARIANTS = 300;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"trajectories/frame0.dcd", "trajectories/ala_dipeptide.dcd", "trajectories/frame0.xtc",
        "reference/pdb/openmm_frame0_3models.pdb", "trajectories/multiframe.pdb", "reference/npy/f64_2d.npy",
        "reference/npy/f32_3d.npy", "reference/npy/mixed.npz", "reference/npy/mixed_compressed.npz"})
    void corruptedInputsFailCleanly(String seedFile) throws IOException {
        Path seed = TestData.path(seedFile);
        byte[] original = Files.readAllBytes(seed);
        String name = seed.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.'));
        SplittableRandom rng = new SplittableRandom(name.hashCode());
        Path file = dir.resolve("fuzz" + ext);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int v = 0; v < VARIANTS; v++) {
                byte[] bytes = mutate(original, v, rng);
                Files.write(file, bytes);
                try {
                    readEverything(file, ext);
                } catch (BadInputException expected) {
                    if (!expected.getMessage().contains("fuzz" + ext)) {
                        fail("variant " + v + ": message does not name the file: " + expected.getMessage());
                    }
                } catch (Throwable t) {
                    throw new AssertionError("variant " + v + " of " + seedFile + " (" + bytes.length
                            + " bytes) threw " + t, t);
                }
            }
        });
    }

    /** Even variants: prefixes (truncation); odd: 1-8 random bytes overwritten, half of them in the first 512. */
    private static byte[] mutate(byte[] original, int v, SplittableRandom rng) {
        if (v % 2 == 0) {
            int len = v < 40 ? v * 3 : rng.nextInt(original.length);
            return Arrays.copyOf(original, len);
        }
        byte[] b = original.clone();
        int n = 1 + rng.nextInt(8);
        for (int k = 0; k < n; k++) {
            int limit = rng.nextBoolean() ? Math.min(512, b.length) : b.length;
            int pos = rng.nextInt(limit);
            b[pos] = switch (rng.nextInt(4)) {
                case 0 -> (byte) 0xff;
                case 1 -> (byte) 0x7f;
                case 2 -> 0;
                default -> (byte) rng.nextInt(256);
            };
        }
        return b;
    }

    private static void readEverything(Path file, String ext) throws IOException {
        switch (ext) {
            case ".npy" -> Npy.read(file);
            case ".npz" -> Npz.read(file);
            default -> {
                try (TrajectoryReader r = switch (ext) {
                    case ".dcd" -> DcdReader.open(file);
                    case ".xtc" -> XtcReader.open(file);
                    default -> PdbTrajectoryReader.open(file);
                }) {
                    double[] x = new double[3 * r.numAtoms()];
                    int frames = 0;
                    while (r.readFrame(x) && frames++ < 100_000) {
                        r.unitCell();
                    }
                }
            }
        }
    }
}
