package org.arbg.workflows.metrics;

import java.util.Arrays;

/**
 * Successive shortest augmenting paths (Dijkstra on reduced costs c(i,j) − u(i) − v(j)) on a
 * {@link CandidateGraph}, warm-started from column duals v and a Jonker–Volgenant row reduction. Each
 * tree row also queues its hidden columns under their distance bound; if that entry comes up before a
 * free column, the row is expanded. The search is thus Dijkstra on the dense problem, and u stays dual
 * feasible for all n² pairs, not just the candidate edges. Invariants between augmentations: every
 * candidate edge has reduced cost ≥ 0 and every matched edge has reduced cost 0, so a perfect matching
 * is optimal on the graph and (u, v) is the certificate to check on the dense problem.
 */
final class ShortestAugmentingPaths {
    final int n;
    final CandidateGraph g;
    final double[] u;
    final double[] v;
    final int[] columnOfRow;
    final int[] rowOfColumn;
    // Dijkstra state, reset through the touched list only
    private final double[] dist;
    private final int[] predecessorRow;
    private final boolean[] finalized;
    private final int[] touched;
    private int touchedCount;
    private final double[] rowLabel;
    private final int[] treeRows;
    private int treeCount;
    private final IndexedHeap heap;

    /** Starts from column duals v (copied); u(i) = min over row i's edges; tight edges matched greedily. */
    ShortestAugmentingPaths(CandidateGraph g, double[] initialV) {
        this.n = g.n;
        this.g = g;
        u = new double[n];
        v = initialV.clone();
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
        // keys 0..n−1: columns; n + i: the hidden columns of tree row i (see addTreeRow)
        heap = new IndexedHeap(2 * n);
        for (int i = 0; i < n; i++) {
            int best = lowerRowDual(i);
            if (best >= 0 && rowOfColumn[best] < 0) {
                columnOfRow[i] = best;
                rowOfColumn[best] = i;
            }
        }
        AugmentingRowReduction.run(g, v, columnOfRow, rowOfColumn);
        for (int i = 0; i < n; i++) {
            int j = columnOfRow[i];
            if (j >= 0) {
                // matched rows sit at a minimum of c − v, so this u keeps all reduced costs ≥ 0
                u[i] = g.costs[i][java.util.Arrays.binarySearch(g.columns[i], j)] - v[j];
            } else {
                lowerRowDual(i);
            }
        }
    }

    void augmentFreeRows() {
        for (int r = 0; r < n; r++) {
            if (columnOfRow[r] < 0) {
                while (!augmentFrom(r)) {
                    // the candidate graph cannot reach a free column from r: give r every column
                    g.makeRowDense(r);
                    lowerRowDual(r);
                }
            }
        }
    }

    /** Unmatches row i (whose edges changed) and lowers u(i) so its reduced costs are ≥ 0 again. */
    void release(int i) {
        int j = columnOfRow[i];
        if (j >= 0) {
            rowOfColumn[j] = -1;
            columnOfRow[i] = -1;
        }
        lowerRowDual(i);
    }

    /** Sets u(i) = min over row i's edges of c − v; returns the arg-min column. */
    private int lowerRowDual(int i) {
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
        return bestColumn;
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
            if (j >= n) {
                // a path through a hidden column of this row could be next: reveal more of the row
                int i = j - n;
                g.expand(i, v, AssignmentSolver.CANDIDATES);
                relaxRow(i, rowLabel[i]);
                continue;
            }
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
        relaxRow(i, label);
    }

    /**
     * Relaxes row i's edges, and queues its hidden columns as one entry keyed by their distance bound, so
     * the search is Dijkstra on the full dense problem while only ever touching the edges it needs.
     */
    private void relaxRow(int i, double label) {
        double hidden = label + g.hiddenBound[i] - u[i];
        if (hidden < Double.POSITIVE_INFINITY) {
            heap.decreaseKey(n + i, hidden);
        }
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
