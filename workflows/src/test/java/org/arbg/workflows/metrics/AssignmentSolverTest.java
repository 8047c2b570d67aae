package org.arbg.workflows.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The exact solver against independent references: brute force over all permutations (n ≤ 7) and the
 * textbook dense O(n³) Hungarian method, on sizes that exercise the coarse levels, the candidate graph,
 * row expansion and the certificate, with far-apart, scaled, tied and identical samples.
 */
class AssignmentSolverTest {
    @Test
    void bruteForceOnSmallProblemsOfEveryShape() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 60; trial++) {
            int n = 1 + r.nextInt(7);
            int dims = 1 + r.nextInt(4);
            double[] a = uniform(r, n * dims, -Math.PI, Math.PI);
            double[] b = trial % 3 == 0 ? uniform(r, n * dims, 1.0, 2.5) : uniform(r, n * dims, -Math.PI, Math.PI);
            if (trial % 5 == 0 && n > 1) {
                System.arraycopy(a, 0, a, dims, dims); // a duplicate point: ties
            }
            double best = bruteForce(a, b, n, dims, new boolean[n], 0, 0);
            assertEquals(Math.sqrt(best / n), TorusWasserstein.w2(a, b, dims), 1e-12, "trial " + trial);
        }
    }

    @ParameterizedTest(name = "n={0} dims={1} kind={2}")
    @CsvSource({
        "300, 2, shifted", "300, 4, uniform", "300, 16, shifted",
        "700, 2, shifted", "700, 2, scaled", "700, 2, same", "700, 3, ties", "700, 16, same",
        "1100, 2, shifted", "800, 20, scaled",
    })
    void denseHungarianReference(int n, int dims, String kind) {
        SplittableRandom r = new SplittableRandom(n * 31L + dims);
        double[] a = new double[n * dims];
        double[] b = new double[n * dims];
        switch (kind) {
            case "uniform" -> {
                a = uniform(r, n * dims, -Math.PI, Math.PI);
                b = uniform(r, n * dims, -0.3, 1.2);
            }
            case "shifted" -> { // two boxes far apart: mass must move across the torus seam
                a = uniform(r, n * dims, -2.8, 0.4);
                b = uniform(r, n * dims, 1.0, 3.1);
            }
            case "scaled" -> { // narrow against wide
                a = uniform(r, n * dims, -0.3, 0.3);
                b = uniform(r, n * dims, -2.5, 2.5);
            }
            case "same" -> {
                TorusWassersteinTimingProbe.fillMixture(a, dims, r, 0);
                TorusWassersteinTimingProbe.fillMixture(b, dims, r, 0);
            }
            case "ties" -> { // only 25 distinct points per sample: many equal costs
                double[] pa = uniform(r, 25 * dims, -Math.PI, Math.PI);
                double[] pb = uniform(r, 25 * dims, -Math.PI, Math.PI);
                for (int i = 0; i < n; i++) {
                    System.arraycopy(pa, r.nextInt(25) * dims, a, i * dims, dims);
                    System.arraycopy(pb, r.nextInt(25) * dims, b, i * dims, dims);
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = TorusWasserstein.squaredTorusDistance(a, i, b, j, dims);
            }
        }
        double reference = MetricsTest.denseHungarian(cost);
        AssignmentSolver.Assignment got = AssignmentSolver.solve(n, (i, j) -> cost[i][j]);
        assertEquals(reference, got.totalCost(), 1e-9 * Math.max(reference, 1e-300));
        assertPermutation(got.columnOfRow());
        double recomputed = 0;
        for (int i = 0; i < n; i++) {
            recomputed += cost[i][got.columnOfRow()[i]];
        }
        assertEquals(recomputed, got.totalCost(), 1e-12 * Math.max(recomputed, 1e-300));
        assertEquals(Math.sqrt(reference / n), TorusWasserstein.w2(a, b, dims), 1e-9);
    }

    @Test
    void identicalSetsInAnyOrderAreZeroApart() {
        SplittableRandom r = new SplittableRandom(12);
        int n = 1500;
        double[] a = uniform(r, 2 * n, -Math.PI, Math.PI);
        double[] b = new double[2 * n];
        for (int i = 0; i < n; i++) {
            int src = (int) ((i * 7919L) % n);
            b[2 * i] = a[2 * src] + 2 * Math.PI; // another period: still the same point on the torus
            b[2 * i + 1] = a[2 * src + 1];
        }
        assertEquals(0, TorusWasserstein.w2(a, b, 2), 1e-7);
        double[] allSame = new double[2 * n];
        assertEquals(0, TorusWasserstein.w2(allSame, allSame.clone(), 2), 0);
    }

    @Test
    void generalCostMatricesNotJustTorusDistances() {
        // a random matrix has no geometry for the coarse levels to exploit; the certificate must still hold
        SplittableRandom r = new SplittableRandom(13);
        int n = 400;
        double[][] cost = new double[n][n];
        for (double[] row : cost) {
            for (int j = 0; j < n; j++) {
                row[j] = r.nextInt(50) - 10; // integers: many ties, negative entries
            }
        }
        AssignmentSolver.Assignment got = AssignmentSolver.solve(n, (i, j) -> cost[i][j]);
        assertEquals(MetricsTest.denseHungarian(cost), got.totalCost(), 1e-9);
        assertPermutation(got.columnOfRow());
    }

    private static void assertPermutation(int[] columnOfRow) {
        boolean[] seen = new boolean[columnOfRow.length];
        for (int j : columnOfRow) {
            assertTrue(!seen[j], "column used twice");
            seen[j] = true;
        }
    }

    private static double[] uniform(SplittableRandom r, int size, double lo, double hi) {
        double[] x = new double[size];
        for (int k = 0; k < size; k++) {
            x[k] = lo + (hi - lo) * r.nextDouble();
        }
        return x;
    }

    private static double bruteForce(double[] a, double[] b, int n, int dims, boolean[] used, int row, double acc) {
        if (row == n) {
            return acc;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, bruteForce(a, b, n, dims, used, row + 1,
                        acc + TorusWasserstein.squaredTorusDistance(a, row, b, j, dims)));
                used[j] = false;
            }
        }
        return best;
    }
}
