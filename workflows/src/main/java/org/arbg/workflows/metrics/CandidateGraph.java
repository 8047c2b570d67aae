package org.arbg.workflows.metrics;

import java.util.Arrays;

/**
 * The sparse candidate edges of an assignment problem, per row: sorted columns and their costs.
 * Built from approximate column duals v as each row's and each column's k partners of smallest
 * reduced cost c(i,j) − u(i) − v(j); with good duals the optimal partners are almost always among
 * them, and the dense certificate ({@link #addViolations}) adds whatever is missing.
 */
final class CandidateGraph {
    final int n;
    final int[][] columns;
    final double[][] costs;
    /**
     * A lower bound on c(i,j) − v(j) over the columns j that are not (yet) edges of row i; +∞ when the row
     * is complete. Column duals only ever decrease, so the bound stays valid while the solver runs.
     */
    final double[] hiddenBound;
    private final AssignmentSolver.CostFunction cost;

    private CandidateGraph(int n, AssignmentSolver.CostFunction cost) {
        this.n = n;
        this.cost = cost;
        columns = new int[n][];
        costs = new double[n][];
        hiddenBound = new double[n];
        Arrays.fill(hiddenBound, Double.POSITIVE_INFINITY);
    }

    /** Every column for every row (small problems). */
    static CandidateGraph dense(int n, AssignmentSolver.CostFunction cost) {
        CandidateGraph g = new CandidateGraph(n, cost);
        for (int i = 0; i < n; i++) {
            g.makeRowDense(i);
        }
        g.checkFinite();
        return g;
    }

    /**
     * One dense pass: u(i) = min_j c(i,j) − v(j); each row keeps its k columns of smallest reduced cost
     * and each column its k rows of smallest reduced cost.
     */
    static CandidateGraph fromDuals(int n, int k, AssignmentSolver.CostFunction cost, double[] v) {
        CandidateGraph g = new CandidateGraph(n, cost);
        int workers = RowRanges.workers(n);
        KSmallest[][] byColumn = new KSmallest[workers][n];
        for (KSmallest[] part : byColumn) {
            for (int j = 0; j < n; j++) {
                part[j] = new KSmallest(k);
            }
        }
        int[][] rowPicks = new int[n][];
        RowRanges.run(n, (worker, from, to) -> {
            double[] reduced = new double[n];
            KSmallest[] mine = byColumn[worker];
            for (int i = from; i < to; i++) {
                double u = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    double c = cost.cost(i, j);
                    if (!Double.isFinite(c)) {
                        throw new IllegalArgumentException("non-finite cost " + c + " at (" + i + ", " + j + ")");
                    }
                    double r = c - v[j];
                    reduced[j] = r;
                    u = Math.min(u, r);
                }
                KSmallest byRow = new KSmallest(k);
                // start each row at its own column: among equal reduced costs rows then pick different columns
                for (int t = 0, j = i; t < n; t++, j = j + 1 == n ? 0 : j + 1) {
                    double r = reduced[j] - u;
                    byRow.offer(j, r);
                    // cheap rejection first: most offers lose against a full heap
                    KSmallest col = mine[j];
                    if (col.size < k || r < col.value[0]) {
                        col.offer(i, r);
                    }
                }
                rowPicks[i] = Arrays.copyOf(byRow.index, byRow.size);
                // every other column has c − v ≥ u + (the k-th smallest reduced cost)
                g.hiddenBound[i] = byRow.size < n ? u + byRow.value[0] : Double.POSITIVE_INFINITY;
            }
        });
        IntList[] edges = new IntList[n];
        for (int i = 0; i < n; i++) {
            edges[i] = new IntList();
            edges[i].addAll(rowPicks[i]);
        }
        for (int j = 0; j < n; j++) {
            KSmallest merged = byColumn[0][j];
            for (int w = 1; w < workers; w++) {
                merged.offerAll(byColumn[w][j]);
            }
            for (int e = 0; e < merged.size; e++) {
                edges[merged.index[e]].add(j);
            }
        }
        for (int i = 0; i < n; i++) {
            g.setRow(i, edges[i].distinctSorted());
        }
        return g;
    }

    void makeRowDense(int i) {
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        setRow(i, all);
        hiddenBound[i] = Double.POSITIVE_INFINITY;
    }

    /**
     * Reveals the hidden columns of row i with the smallest c(i,j) − v(j): as many as the row already has
     * (at least {@code minimum}), so a row that keeps being expanded doubles and costs O(n log n) scans at
     * most. One O(n) pass of the cost function; updates {@link #hiddenBound}.
     */
    void expand(int i, double[] v, int minimum) {
        int[] old = columns[i];
        int hidden = n - old.length;
        int batch = minimum;
        if (batch >= hidden) {
            makeRowDense(i);
            return;
        }
        KSmallest best = new KSmallest(batch);
        // from column i onwards, wrapping, so that rows with equal values reveal different columns
        int next = Arrays.binarySearch(old, i);
        next = next >= 0 ? next : -next - 1;
        for (int t = 0, j = i; t < n; t++, j = j + 1 == n ? 0 : j + 1) {
            if (j == 0) {
                next = 0;
            }
            if (next < old.length && old[next] == j) {
                next++;
                continue;
            }
            best.offer(j, cost.cost(i, j) - v[j]);
        }
        IntList merged = new IntList();
        merged.addAll(old);
        merged.addAll(Arrays.copyOf(best.index, best.size));
        setRow(i, merged.distinctSorted());
        hiddenBound[i] = best.value[0];
    }

    /**
     * The LP-duality certificate on the full n × n problem: adds every pair whose reduced cost
     * c(i,j) − u(i) − v(j) is below −tolerance and not yet an edge. Returns the rows that gained edges;
     * none means (u, v) is dual feasible for the dense problem, so a perfect matching that is tight
     * under (u, v) is optimal there, not just on the candidate graph.
     */
    int[] addViolations(double[] u, double[] v, double tolerance) {
        int[][] extra = new int[n][];
        RowRanges.run(n, (worker, from, to) -> {
            for (int i = from; i < to; i++) {
                double ui = u[i];
                IntList found = null;
                for (int j = 0; j < n; j++) {
                    if (cost.cost(i, j) - ui - v[j] < -tolerance && Arrays.binarySearch(columns[i], j) < 0) {
                        if (found == null) {
                            found = new IntList();
                        }
                        found.add(j);
                    }
                }
                if (found != null) {
                    extra[i] = found.distinctSorted();
                }
            }
        });
        IntList changed = new IntList();
        for (int i = 0; i < n; i++) {
            if (extra[i] != null) {
                IntList merged = new IntList();
                merged.addAll(columns[i]);
                merged.addAll(extra[i]);
                setRow(i, merged.distinctSorted());
                changed.add(i);
            }
        }
        return changed.distinctSorted();
    }

    /** The largest |cost| on the graph: the scale of floating-point rounding in reduced costs. */
    double costScale() {
        double scale = 0;
        for (double[] cs : costs) {
            for (double c : cs) {
                scale = Math.max(scale, Math.abs(c));
            }
        }
        return scale;
    }

    private void setRow(int i, int[] cols) {
        columns[i] = cols;
        double[] cs = new double[cols.length];
        for (int e = 0; e < cols.length; e++) {
            cs[e] = cost.cost(i, cols[e]);
        }
        costs[i] = cs;
    }

    private void checkFinite() {
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < costs[i].length; e++) {
                if (!Double.isFinite(costs[i][e])) {
                    throw new IllegalArgumentException("non-finite cost " + costs[i][e] + " at (" + i + ", "
                            + columns[i][e] + ")");
                }
            }
        }
    }
}
