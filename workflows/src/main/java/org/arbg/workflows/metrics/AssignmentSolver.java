package org.arbg.workflows.metrics;

import java.util.Arrays;

/**
 * Exact minimum-cost perfect matching of an n × n assignment problem, fast enough for the paper's
 * 10⁴ × 10⁴ T-W2 with costs computed on the fly (O(n·k) memory, no n² matrix).
 *
 * <p>Method: successive shortest augmenting paths (Dijkstra on reduced costs c(i,j) − u(i) − v(j) with dual
 * potentials u, v) on a sparse candidate graph holding each row's and each column's k cheapest partners.
 * The sparse optimum is then <em>certified</em> on the full problem by LP duality: if every one of the n²
 * reduced costs is ≥ 0, the matching is optimal for the dense problem. Pairs that violate it are added to
 * the graph and the problem is solved again, so the answer is always the exact dense optimum (up to
 * floating-point rounding), never a sparse approximation.
 */
public final class AssignmentSolver {
    /** Neighbours per row and per column in the candidate graph; the certificate makes any k exact. */
    static final int CANDIDATES = 128;
    /** Reduced costs this far below zero (relative to the cost scale) count as violations. */
    private static final double CERTIFICATE_TOLERANCE = 1e-12;

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

    private AssignmentSolver() {
    }

    public static Assignment solve(int n, CostFunction cost) {
        if (n <= 0) {
            throw new IllegalArgumentException("assignment of size " + n);
        }
        CandidateGraph graph = CandidateGraph.nearest(n, Math.min(n, CANDIDATES), cost);
        SparseSolution s = new SparseSolution(n, graph);
        s.initialDuals();
        while (true) {
            s.augmentFreeRows();
            int[] changedRows = graph.addViolations(s.u, s.v, cost, CERTIFICATE_TOLERANCE);
            // warm start: only rows that gained edges are re-matched, with their duals lowered to stay feasible
            for (int i : changedRows) {
                s.release(i);
            }
            if (changedRows.length == 0) {
                double total = 0;
                for (int i = 0; i < n; i++) {
                    total += cost.cost(i, s.columnOfRow[i]);
                }
                return new Assignment(s.columnOfRow, total);
            }
        }
    }

    /** Shortest-augmenting-path solver on the candidate graph. */
    private static final class SparseSolution {
        final int n;
        final CandidateGraph g;
        final double[] u;
        final double[] v;
        final int[] columnOfRow;
        final int[] rowOfColumn;
        // Dijkstra state, reset through the touched list only
        final double[] dist;
        final int[] predecessorRow;
        final boolean[] finalized;
        final int[] touched;
        int touchedCount;
        final double[] rowLabel;
        final int[] treeRows;
        int treeCount;
        final IndexedHeap heap;

        SparseSolution(int n, CandidateGraph g) {
            this.n = n;
            this.g = g;
            u = new double[n];
            v = new double[n];
            columnOfRow = new int[n];
            rowOfColumn = new int[n];
            Arrays.fill(columnOfRow, -1);
            Arrays.fill(rowOfColumn, -1);
            dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            predecessorRow = new int[n];
            finalized = new boolean[n];
            touched = new int[n];
            rowLabel = new double[n];
            treeRows = new int[n];
            heap = new IndexedHeap(n);
        }

        void augmentFreeRows() {
            for (int r = 0; r < n; r++) {
                if (columnOfRow[r] < 0) {
                    while (!augmentFrom(r)) {
                        // the candidate graph cannot reach a free column from r: give r every column
                        g.makeRowDense(r);
                    }
                }
            }
        }

        /** Unmatches row i and lowers u(i) so every reduced cost on its (new) edges is ≥ 0 again. */
        void release(int i) {
            int j = columnOfRow[i];
            if (j >= 0) {
                rowOfColumn[j] = -1;
                columnOfRow[i] = -1;
            }
            int[] cols = g.columns[i];
            double[] cs = g.costs[i];
            double m = Double.POSITIVE_INFINITY;
            for (int e = 0; e < cols.length; e++) {
                m = Math.min(m, cs[e] - v[cols[e]]);
            }
            u[i] = m;
        }

        /** v(j) = min over candidate edges into j; u(i) = min_j c − v; then match tight edges greedily. */
        void initialDuals() {
            Arrays.fill(v, Double.POSITIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                int[] cols = g.columns[i];
                double[] cs = g.costs[i];
                for (int e = 0; e < cols.length; e++) {
                    v[cols[e]] = Math.min(v[cols[e]], cs[e]);
                }
            }
            for (int j = 0; j < n; j++) {
                if (v[j] == Double.POSITIVE_INFINITY) {
                    v[j] = 0;
                }
            }
            for (int i = 0; i < n; i++) {
                int[] cols = g.columns[i];
                double[] cs = g.costs[i];
                double best = Double.POSITIVE_INFINITY;
                int bestColumn = -1;
                for (int e = 0; e < cols.length; e++) {
                    double reduced = cs[e] - v[cols[e]];
                    if (reduced < best) {
                        best = reduced;
                        bestColumn = cols[e];
                    }
                }
                u[i] = best;
                if (bestColumn >= 0 && rowOfColumn[bestColumn] < 0) {
                    columnOfRow[i] = bestColumn;
                    rowOfColumn[bestColumn] = i;
                }
            }
        }

        /** One Dijkstra from free row r; returns false when no free column is reachable. */
        private boolean augmentFrom(int r) {
            touchedCount = 0;
            treeCount = 0;
            heap.clear();
            addTreeRow(r, 0);
            int freeColumn = -1;
            double shortest = 0;
            while (!heap.isEmpty()) {
                int j = heap.pollMin();
                double dj = dist[j];
                if (rowOfColumn[j] < 0) {
                    freeColumn = j;
                    shortest = dj;
                    break;
                }
                finalized[j] = true;
                addTreeRow(rowOfColumn[j], dj);
            }
            boolean found = freeColumn >= 0;
            if (found) {
                // potentials keep every candidate reduced cost ≥ 0 and make the new path tight
                for (int t = 0; t < touchedCount; t++) {
                    int j = touched[t];
                    if (finalized[j]) {
                        v[j] -= shortest - dist[j];
                    }
                }
                for (int t = 0; t < treeCount; t++) {
                    int i = treeRows[t];
                    u[i] += shortest - rowLabel[i];
                }
                int j = freeColumn;
                while (true) {
                    int i = predecessorRow[j];
                    int previous = columnOfRow[i];
                    columnOfRow[i] = j;
                    rowOfColumn[j] = i;
                    if (i == r) {
                        break;
                    }
                    j = previous;
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                dist[j] = Double.POSITIVE_INFINITY;
                finalized[j] = false;
            }
            return found;
        }

        private void addTreeRow(int i, double label) {
            rowLabel[i] = label;
            treeRows[treeCount++] = i;
            int[] cols = g.columns[i];
            double[] cs = g.costs[i];
            double base = label - u[i];
            for (int e = 0; e < cols.length; e++) {
                int j = cols[e];
                if (finalized[j]) {
                    continue;
                }
                double d = base + cs[e] - v[j];
                if (d < dist[j]) {
                    if (dist[j] == Double.POSITIVE_INFINITY) {
                        touched[touchedCount++] = j;
                    }
                    dist[j] = d;
                    predecessorRow[j] = i;
                    heap.decreaseKey(j, d);
                }
            }
        }
    }

    /** The candidate edges, per row: columns and their costs. */
    private static final class CandidateGraph {
        final int n;
        final int[][] columns;
        final double[][] costs;
        final CostFunction cost;

        private CandidateGraph(int n, CostFunction cost) {
            this.n = n;
            this.cost = cost;
            columns = new int[n][];
            costs = new double[n][];
        }

        /**
         * Each row's and each column's k partners of smallest reduced cost c(i,j) − u(i) − v(j) under the
         * dense column-then-row reduction. Reduced costs, unlike raw costs, follow a shift between the two
         * samples, so the optimal partners are usually among the candidates.
         */
        static CandidateGraph nearest(int n, int k, CostFunction cost) {
            CandidateGraph g = new CandidateGraph(n, cost);
            double[] v = new double[n];
            Arrays.fill(v, Double.POSITIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double c = cost.cost(i, j);
                    if (!Double.isFinite(c)) {
                        throw new IllegalArgumentException("non-finite cost " + c + " at (" + i + ", " + j + ")");
                    }
                    v[j] = Math.min(v[j], c);
                }
            }
            KSmallest[] byColumn = new KSmallest[n];
            for (int j = 0; j < n; j++) {
                byColumn[j] = new KSmallest(k);
            }
            IntList[] edges = new IntList[n];
            double[] reducedRow = new double[n];
            for (int i = 0; i < n; i++) {
                double u = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    reducedRow[j] = cost.cost(i, j) - v[j];
                    u = Math.min(u, reducedRow[j]);
                }
                KSmallest byRow = new KSmallest(k);
                for (int j = 0; j < n; j++) {
                    byRow.offer(j, reducedRow[j]);
                    byColumn[j].offer(i, reducedRow[j] - u);
                }
                edges[i] = new IntList();
                for (int e = 0; e < byRow.size; e++) {
                    edges[i].add(byRow.index[e]);
                }
            }
            for (int j = 0; j < n; j++) {
                for (int e = 0; e < byColumn[j].size; e++) {
                    edges[byColumn[j].index[e]].add(j);
                }
            }
            for (int i = 0; i < n; i++) {
                g.setRow(i, edges[i].distinctSorted());
            }
            return g;
        }

        void setRow(int i, int[] cols) {
            columns[i] = cols;
            double[] cs = new double[cols.length];
            for (int e = 0; e < cols.length; e++) {
                cs[e] = cost.cost(i, cols[e]);
            }
            costs[i] = cs;
        }

        void makeRowDense(int i) {
            int[] all = new int[n];
            for (int j = 0; j < n; j++) {
                all[j] = j;
            }
            setRow(i, all);
        }

        /** Adds every pair whose reduced cost is negative; returns the rows that gained edges. */
        int[] addViolations(double[] u, double[] v, CostFunction cost, double relativeTolerance) {
            double scale = 0;
            for (int i = 0; i < n; i++) {
                for (double c : costs[i]) {
                    scale = Math.max(scale, Math.abs(c));
                }
            }
            double tolerance = relativeTolerance * Math.max(scale, 1e-300);
            IntList changed = new IntList();
            for (int i = 0; i < n; i++) {
                IntList extra = null;
                for (int j = 0; j < n; j++) {
                    if (cost.cost(i, j) - u[i] - v[j] < -tolerance && Arrays.binarySearch(columns[i], j) < 0) {
                        if (extra == null) {
                            extra = new IntList();
                            for (int c : columns[i]) {
                                extra.add(c);
                            }
                        }
                        extra.add(j);
                    }
                }
                if (extra != null) {
                    setRow(i, extra.distinctSorted());
                    changed.add(i);
                }
            }
            return changed.distinctSorted();
        }
    }

    /** The k smallest (value, index) pairs seen, kept in a max-heap. */
    private static final class KSmallest {
        final int[] index;
        final double[] value;
        int size;

        KSmallest(int k) {
            index = new int[k];
            value = new double[k];
        }

        void offer(int idx, double val) {
            if (size < index.length) {
                index[size] = idx;
                value[size] = val;
                siftUp(size++);
            } else if (val < value[0]) {
                index[0] = idx;
                value[0] = val;
                siftDown(0);
            }
        }

        private void siftUp(int p) {
            while (p > 0) {
                int parent = (p - 1) / 2;
                if (value[parent] >= value[p]) {
                    return;
                }
                swap(p, parent);
                p = parent;
            }
        }

        private void siftDown(int p) {
            while (true) {
                int l = 2 * p + 1;
                int largest = p;
                if (l < size && value[l] > value[largest]) {
                    largest = l;
                }
                if (l + 1 < size && value[l + 1] > value[largest]) {
                    largest = l + 1;
                }
                if (largest == p) {
                    return;
                }
                swap(p, largest);
                p = largest;
            }
        }

        private void swap(int a, int b) {
            int ti = index[a];
            index[a] = index[b];
            index[b] = ti;
            double tv = value[a];
            value[a] = value[b];
            value[b] = tv;
        }
    }

    /** A growable int array. */
    private static final class IntList {
        int[] data = new int[16];
        int size;

        void add(int x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, 2 * size);
            }
            data[size++] = x;
        }

        int[] distinctSorted() {
            return Arrays.stream(data, 0, size).sorted().distinct().toArray();
        }
    }
}
