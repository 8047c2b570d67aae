package org.arbg.workflows.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void energyW2OfAShiftedSampleIsTheShift() {
        SplittableRandom r = new SplittableRandom(1);
        double[] a = new double[5000];
        double[] b = new double[5000];
        for (int i = 0; i < a.length; i++) {
            a[i] = gaussian(r);
        }
        for (int i = 0; i < a.length; i++) {
            b[i] = a[(i * 7) % a.length] + 0.37;
        }
        assertEquals(0.37, Wasserstein1D.w2(a, b), 1e-12);
        assertEquals(0, Wasserstein1D.w2(a, a.clone()), 0);
    }

    @Test
    void energyW2OfTwoGaussiansMatchesTheClosedForm() {
        // W2(N(0,1), N(m,s²))² = m² + (s − 1)²
        SplittableRandom r = new SplittableRandom(2);
        double[] a = new double[200_000];
        double[] b = new double[150_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = gaussian(r);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = 0.5 + 2 * gaussian(r);
        }
        assertEquals(Math.sqrt(0.25 + 1), Wasserstein1D.w2(a, b), 0.01);
    }

    @Test
    void energyW2WithUnequalSizesIsExactOnTheQuantileFunctions() {
        // F⁻¹ of {0, 1} and G⁻¹ of {0, 0, 3}: on [0,1/2): 0 vs 0; [1/2,2/3): 1 vs 0; [2/3,1): 1 vs 3
        double expected = Math.sqrt((2.0 / 3 - 0.5) * 1 + (1 - 2.0 / 3) * 4);
        assertEquals(expected, Wasserstein1D.w2(new double[] {1, 0}, new double[] {0, 3, 0}), 1e-15);
    }

    @Test
    void torusW2WrapsAround() {
        double[] a = {Math.PI - 0.1, 0.0};
        double[] b = {-Math.PI + 0.1, 0.0};
        assertEquals(0.2, TorusWasserstein.w2(a, b, 2), 1e-12);
        double[] c = {3.0, -3.0, 1.0, 2.0};
        assertEquals(0, TorusWasserstein.w2(c, new double[] {1.0, 2.0, 3.0, -3.0}, 2), 1e-15);
    }

    @Test
    void torusW2EqualsBruteForceOverAllPermutations() {
        SplittableRandom r = new SplittableRandom(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + r.nextInt(7);
            int dims = 1 + r.nextInt(3);
            double[] a = new double[n * dims];
            double[] b = new double[n * dims];
            for (int k = 0; k < a.length; k++) {
                a[k] = (r.nextDouble() * 2 - 1) * Math.PI;
                b[k] = (r.nextDouble() * 2 - 1) * Math.PI;
            }
            double best = bruteForce(a, b, n, dims, new int[n], new boolean[n], 0, 0);
            assertEquals(Math.sqrt(best / n), TorusWasserstein.w2(a, b, dims), 1e-12, "trial " + trial);
        }
    }

    @Test
    void assignmentMatchesADenseHungarianReference() {
        SplittableRandom r = new SplittableRandom(4);
        int n = 300;
        int dims = 4;
        double[] a = new double[n * dims];
        double[] b = new double[n * dims];
        for (int k = 0; k < a.length; k++) {
            a[k] = (r.nextDouble() * 2 - 1) * Math.PI;
            b[k] = (r.nextDouble() - 0.2) * 1.5;
        }
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = TorusWasserstein.squaredTorusDistance(a, i, b, j, dims);
            }
        }
        double reference = denseHungarian(cost);
        AssignmentSolver.Assignment got = AssignmentSolver.solve(n, (i, j) -> cost[i][j]);
        assertEquals(reference, got.totalCost(), 1e-9 * reference);
        boolean[] seen = new boolean[n];
        for (int j : got.columnOfRow()) {
            assertTrue(!seen[j], "column used twice");
            seen[j] = true;
        }
    }

    @Test
    void basinFreeEnergyFromKnownFractions() {
        double[] phi = new double[1000];
        for (int i = 0; i < phi.length; i++) {
            phi[i] = i < 100 ? 1.0 : -1.5;
        }
        BasinFreeEnergy.Estimate e = BasinFreeEnergy.estimate(phi, null, 200, new SplittableRandom(5));
        assertEquals(0.1, e.positiveFraction(), 1e-15);
        assertEquals(-Math.log(0.1 / 0.9), e.deltaFkT(), 1e-12);
        // binomial standard error of the fraction, carried through dF/dp = −1/(p(1−p))
        double expectedSe = Math.sqrt(0.1 * 0.9 / 1000) / (0.1 * 0.9);
        assertEquals(expectedSe, e.standardErrorKT(), 0.2 * expectedSe);
        double[] w = new double[1000];
        for (int i = 0; i < w.length; i++) {
            w[i] = i < 100 ? 9 : 1;
        }
        assertEquals(0, BasinFreeEnergy.estimate(phi, w, 0, new SplittableRandom(5)).deltaFkT(), 1e-12);
    }

    @Test
    void jensenShannonIsZeroForIdenticalAndLn2ForDisjointSamples() {
        double[] a = {-2, -2, 1, 1, 0.5, -0.5};
        assertEquals(0, JensenShannon.divergence(a, null, a, null, 2, 36), 1e-15);
        double[] b = {2, 2, 2.5, 2.5};
        double[] c = {-2, -2, -2.5, -2.5};
        assertEquals(Math.log(2), JensenShannon.divergence(b, null, c, null, 2, 36), 1e-15);
        assertEquals(-Math.PI, JensenShannon.wrap(Math.PI), 1e-15);
    }

    private static double bruteForce(double[] a, double[] b, int n, int dims, int[] perm, boolean[] used, int row,
                                     double acc) {
        if (row == n) {
            return acc;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, bruteForce(a, b, n, dims, perm, used, row + 1,
                        acc + TorusWasserstein.squaredTorusDistance(a, row, b, j, dims)));
                used[j] = false;
            }
        }
        return best;
    }

    /** The textbook O(n³) Hungarian method on a full matrix: an independent reference. */
    static double denseHungarian(double[][] c) {
        int n = c.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = c[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= n; j++) {
            total += c[p[j] - 1][j - 1];
        }
        return total;
    }

    static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
