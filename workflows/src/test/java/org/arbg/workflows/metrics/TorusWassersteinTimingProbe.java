package org.arbg.workflows.metrics;

import java.util.SplittableRandom;

/** Not a test: run by hand to see how long the exact solver takes at the paper's size. */
final class TorusWassersteinTimingProbe {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        SplittableRandom r = new SplittableRandom(1);
        double[] a = new double[2 * n];
        double[] b = new double[2 * n];
        for (int k = 0; k < 2 * n; k++) {
            a[k] = (r.nextDouble() - 0.5) * 2 * Math.PI * 0.5 - 1.2;
            b[k] = (r.nextDouble() - 0.5) * 2 * Math.PI * 0.6 - 1.0;
        }
        long t = System.nanoTime();
        double w = TorusWasserstein.w2(a, b, 2);
        System.out.printf("n=%d T-W2=%.6f in %.1f s%n", n, w, (System.nanoTime() - t) / 1e9);
    }
}
