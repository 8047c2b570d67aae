package org.arbg.workflows.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Exact minimum-cost perfect matching of an n × n assignment problem, fast enough for the paper's
 * 10⁴ × 10⁴ T-W2 with costs computed on the fly (O(n·k) memory, no n² matrix).
 *
 * <p>Method (coarse-to-fine, then certified):
 * <ol>
 *   <li>Coarse duals: a random subsample of n/{@value #COARSENING} rows and as many columns is solved exactly
 *   by the same method (recursively); its row duals are extended to every column by the c-transform
 *   v(j) = min over coarse rows s of c(s,j) − u(s). These approximate the fine Kantorovich potentials, so
 *   reduced costs follow where the mass actually goes even when the two samples are far apart.</li>
 *   <li>Candidate graph: each row's and each column's {@value #CANDIDATES} partners of smallest reduced cost.</li>
 *   <li>Jonker–Volgenant augmenting row reduction, then successive shortest augmenting paths (Dijkstra),
 *   warm-started from those duals. Each row remembers a lower bound on c − v over its hidden (non-candidate)
 *   columns; a search that reaches that bound reveals more of the row (one O(n) pass), so the duals stay
 *   feasible for the dense problem, not only for the graph.</li>
 *   <li>Certificate on the full problem by LP duality: if all n² reduced costs are ≥ 0 the matching is the
 *   exact dense optimum. Pairs that violate it are added, their rows released and re-augmented, until none
 *   remain. The answer is therefore always the exact optimum (up to floating-point rounding), never a
 *   sparse approximation; the coarse levels only decide how fast it is reached.</li>
 * </ol>
 * The n² scans run on up to two threads (see {@link RowRanges}); the cost function must be pure.
 */
public final class AssignmentSolver {
    /** Neighbours per row and per column in the candidate graph, and per row expansion; any k is exact. */
    static final int CANDIDATES = 24;
    /** Each coarse level has this many times fewer points. */
    static final int COARSENING = 4;
    /** At or below this size the graph is dense and no coarse level is needed. */
    static final int DENSE_SIZE = 256;
    /** Reduced costs this far below zero (relative to the cost scale) count as violations. */
    private static final double CERTIFICATE_TOLERANCE = 1e-12;
    /** Fixed seed: the subsamples only affect speed, and a fixed one keeps runs reproducible. */
    private static final long SEED = 0x5eed_07L;

    /** The cost of assigning row i to column j; must be finite. */
    @FunctionalInterface
    public interface CostFunction {
        double cost(int row, int column);
    }

    /**
     * @param columnOfRow the column matched to each row
     * @param totalCost   Σ_i cost(i, columnOfRow[i])
     */
    public record Assignment(int[] columnOfRow, double totalCost) {
    }

    /** A certified optimum with its duals: c(i,j) − u(i) − v(j) ≥ −tolerance for all pairs. */
    record Certified(int[] columnOfRow, double[] u, double[] v, int rounds) {
    }


    private AssignmentSolver() {
    }

    public static Assignment solve(int n, CostFunction cost) {
        if (n <= 0) {
            throw new IllegalArgumentException("assignment of size " + n);
        }
        Certified c = solveCertified(n, cost, new SplittableRandom(SEED));
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += cost.cost(i, c.columnOfRow()[i]);
        }
        return new Assignment(c.columnOfRow(), total);
    }

    static Certified solveCertified(int n, CostFunction cost, SplittableRandom random) {
        if (n <= DENSE_SIZE) {
            return certify(CandidateGraph.dense(n, cost), new double[n]);
        }
        double[] v = coarseColumnDuals(n, cost, random);
        return certify(CandidateGraph.fromDuals(n, Math.min(n, CANDIDATES), cost, v), v);
    }

    /** Solves the coarse subproblem and extends its row duals to all n columns by the c-transform. */
    private static double[] coarseColumnDuals(int n, CostFunction cost, SplittableRandom random) {
        int m = Math.max(DENSE_SIZE / 2, n / COARSENING);
        int[] rows = sample(n, m, random);
        int[] cols = sample(n, m, random);
        Certified coarse = solveCertified(m, (i, j) -> cost.cost(rows[i], cols[j]), random);
        double[] v = new double[n];
        Arrays.fill(v, Double.POSITIVE_INFINITY);
        for (int s = 0; s < m; s++) {
            int i = rows[s];
            double us = coarse.u()[s];
            for (int j = 0; j < n; j++) {
                v[j] = Math.min(v[j], cost.cost(i, j) - us);
            }
        }
        return v;
    }

    /**
     * Shortest augmenting paths on the graph, then the dense certificate, repeated until it holds. The
     * searches already reveal hidden columns as needed, so the first certificate normally holds and later
     * rounds only mop up floating-point rounding.
     */
    private static Certified certify(CandidateGraph graph, double[] v) {
        ShortestAugmentingPaths s = new ShortestAugmentingPaths(graph, v);
        int rounds = 0;
        while (true) {
            rounds++;
            s.augmentFreeRows();
            double tolerance = CERTIFICATE_TOLERANCE * Math.max(scale(graph, s), Double.MIN_NORMAL);
            int[] changedRows = graph.addViolations(s.u, s.v, tolerance);
            if (changedRows.length == 0) {
                return new Certified(s.columnOfRow, s.u, s.v, rounds);
            }
            // warm start: only rows that gained edges are re-matched, with duals lowered to stay feasible
            for (int i : changedRows) {
                s.release(i);
            }
        }
    }

    /** Magnitude of the numbers whose differences are the reduced costs. */
    private static double scale(CandidateGraph graph, ShortestAugmentingPaths s) {
        double scale = graph.costScale();
        for (int k = 0; k < s.n; k++) {
            scale = Math.max(scale, Math.max(Math.abs(s.u[k]), Math.abs(s.v[k])));
        }
        return scale;
    }

    /** m distinct indices of 0..n−1, uniformly at random, sorted. */
    private static int[] sample(int n, int m, SplittableRandom random) {
        int[] all = new int[n];
        for (int k = 0; k < n; k++) {
            all[k] = k;
        }
        for (int k = 0; k < m; k++) {
            int pick = k + random.nextInt(n - k);
            int t = all[k];
            all[k] = all[pick];
            all[pick] = t;
        }
        int[] chosen = Arrays.copyOf(all, m);
        Arrays.sort(chosen);
        return chosen;
    }
}
