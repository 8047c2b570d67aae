package org.arbg.workflows.metrics;

/**
 * Jonker–Volgenant augmenting row reduction on a {@link CandidateGraph}: each free row takes its cheapest
 * column c(i,j) − v(j) and lowers that column's dual until the row is indifferent between its best and
 * second-best column (an auction bid with ε = 0); a displaced row bids in turn. Cheap, local, and it
 * leaves only a few free rows for the (more expensive) shortest augmenting paths.
 *
 * <p>Invariant kept for {@link ShortestAugmentingPaths}: every matched row is matched to a column of
 * minimal c − v over all n columns (hidden ones included, via {@link CandidateGraph#hiddenBound}); v only
 * decreases, which keeps the hidden bounds valid.
 */
final class AugmentingRowReduction {
    /** Passes over the free rows, as in Jonker–Volgenant. */
    private static final int PASSES = 2;
    /** Bids per pass, per row: a cap against long price wars between near-tied rows. */
    private static final int BIDS_PER_ROW = 16;

    private AugmentingRowReduction() {
    }

    static void run(CandidateGraph g, double[] v, int[] columnOfRow, int[] rowOfColumn) {
        int n = g.n;
        int[] free = new int[n];
        int numFree = 0;
        for (int i = 0; i < n; i++) {
            if (columnOfRow[i] < 0) {
                free[numFree++] = i;
            }
        }
        for (int pass = 0; pass < PASSES && numFree > 0; pass++) {
            int previous = numFree;
            numFree = 0;
            int k = 0;
            long bids = 0;
            long maxBids = (long) BIDS_PER_ROW * previous;
            while (k < previous) {
                int i = free[k++];
                if (++bids > maxBids) {
                    free[numFree++] = i;
                    continue;
                }
                // best (u1, j1) and second best (u2, j2) of c − v; hidden columns are all ≥ hiddenBound
                double u1;
                double u2;
                int j1;
                int j2;
                while (true) {
                    int[] cols = g.columns[i];
                    double[] cs = g.costs[i];
                    u1 = Double.POSITIVE_INFINITY;
                    u2 = Double.POSITIVE_INFINITY;
                    j1 = -1;
                    j2 = -1;
                    for (int e = 0; e < cols.length; e++) {
                        double h = cs[e] - v[cols[e]];
                        if (h < u2) {
                            if (h < u1) {
                                u2 = u1;
                                j2 = j1;
                                u1 = h;
                                j1 = cols[e];
                            } else {
                                u2 = h;
                                j2 = cols[e];
                            }
                        }
                    }
                    double hidden = g.hiddenBound[i];
                    if (hidden < u1) {
                        g.expand(i, v, AssignmentSolver.CANDIDATES);
                        continue;
                    }
                    if (hidden < u2) {
                        u2 = hidden;
                        j2 = -1;
                    }
                    break;
                }
                int i0 = rowOfColumn[j1];
                if (u1 < u2) {
                    v[j1] -= u2 - u1;
                } else if (i0 >= 0 && j2 >= 0) {
                    // tie: take the second column instead, without a price change
                    j1 = j2;
                    i0 = rowOfColumn[j1];
                }
                if (u2 == Double.POSITIVE_INFINITY) {
                    // a row with a single column in the whole problem (n = 1): just take it
                    v[j1] = g.costs[i][0];
                }
                columnOfRow[i] = j1;
                rowOfColumn[j1] = i;
                if (i0 >= 0) {
                    columnOfRow[i0] = -1;
                    if (u1 < u2) {
                        free[--k] = i0;
                    } else {
                        free[numFree++] = i0;
                    }
                }
            }
        }
    }
}
