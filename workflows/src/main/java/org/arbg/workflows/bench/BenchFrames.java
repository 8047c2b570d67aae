package org.arbg.workflows.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Synthetic frames for timing: a structure with independent Gaussian noise on every coordinate. */
final class BenchFrames {
    /** Thermal-sized jitter, nm: keeps energies finite and bonds intact. */
    static final double SIGMA_NM = 0.003;

    private BenchFrames() {
    }

    /** {@code n} frames, x y z per atom, frame after frame (nm). */
    static double[] jitter(double[] xyzNm, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] out = new double[n * xyzNm.length];
        for (int f = 0; f < n; f++) {
            for (int k = 0; k < xyzNm.length; k++) {
                out[f * xyzNm.length + k] = xyzNm[k] + SIGMA_NM * gaussian(rng);
            }
        }
        return out;
    }

    /** The same frames as one array per frame. */
    static List<double[]> split(double[] frames, int perFrame) {
        List<double[]> out = new ArrayList<>();
        for (int o = 0; o < frames.length; o += perFrame) {
            out.add(java.util.Arrays.copyOfRange(frames, o, o + perFrame));
        }
        return out;
    }

    private static double gaussian(SplittableRandom rng) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
