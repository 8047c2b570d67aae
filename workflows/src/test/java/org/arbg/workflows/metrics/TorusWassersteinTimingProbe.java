package org.arbg.workflows.metrics;

import java.util.SplittableRandom;

/**
 * Not a test: run by hand to see how long the exact solver takes at the paper's size.
 * Arguments: n [case], case one of {@code boxes} (two uniform boxes of different widths and centres:
 * mass must move far), {@code same} (two samples of a two-basin wrapped-Gaussian mixture in φ/ψ),
 * {@code d16} (16 angles, the mixture in each φ/ψ pair, second sample shifted).
 * Thread count: -Darbg.ot.threads=1 for single-core timings.
 */
final class TorusWassersteinTimingProbe {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        String kind = args.length > 1 ? args[1] : "boxes";
        int dims = kind.equals("d16") ? 16 : 2;
        SplittableRandom r = new SplittableRandom(1);
        double[] a = new double[dims * n];
        double[] b = new double[dims * n];
        switch (kind) {
            case "boxes" -> {
                for (int k = 0; k < 2 * n; k++) {
                    a[k] = (r.nextDouble() - 0.5) * 2 * Math.PI * 0.5 - 1.2;
                    b[k] = (r.nextDouble() - 0.5) * 2 * Math.PI * 0.6 - 1.0;
                }
            }
            case "same", "d16" -> {
                fillMixture(a, dims, r, 0);
                fillMixture(b, dims, r, kind.equals("d16") ? 0.3 : 0);
            }
            case "identical" -> {
                fillMixture(a, dims, r, 0);
                for (int i = 0; i < n; i++) {
                    System.arraycopy(a, (int) ((i * 7919L) % n) * dims, b, i * dims, dims);
                }
            }
            case "zeros" -> {
                // every cost is 0: all ties
            }
            default -> throw new IllegalArgumentException(kind);
        }
        long t = System.nanoTime();
        double w = TorusWasserstein.w2(a, b, dims);
        System.out.printf("n=%d case=%s T-W2=%.9f in %.1f s%n", n, kind, w, (System.nanoTime() - t) / 1e9);
    }

    /** φ/ψ pairs from 0.6·N((−1.4, 1.2), 0.3²) + 0.4·N((−1.4, −0.6), 0.3²), wrapped; plus a shift. */
    static void fillMixture(double[] x, int dims, SplittableRandom r, double shift) {
        for (int k = 0; k < x.length; k += 2) {
            boolean first = r.nextDouble() < 0.6;
            x[k] = wrap(-1.4 + 0.3 * MetricsTest.gaussian(r) + shift);
            if (k + 1 < x.length) {
                x[k + 1] = wrap((first ? 1.2 : -0.6) + 0.3 * MetricsTest.gaussian(r) - shift);
            }
        }
    }

    private static double wrap(double x) {
        return x - 2 * Math.PI * Math.floor((x + Math.PI) / (2 * Math.PI));
    }
}
