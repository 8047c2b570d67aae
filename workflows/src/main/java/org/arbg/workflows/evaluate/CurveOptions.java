package org.arbg.workflows.evaluate;

import java.util.Arrays;

/**
 * The metric-vs-cost curve of {@code arbg evaluate --curve-points}: E-W2 and T-W2 of arbg (its first b
 * proposals) and of MD (its first b / frame-cost frames) at log-spaced energy-evaluation budgets b.
 *
 * @param points budgets on the curve, or 0 for no curve
 * @param start  the smallest budget (energy evaluations); capped at the number of proposals
 * @param nEval  frames per side of E-W2 and T-W2 at each point (at most the main n-eval), smaller than the
 *               main evaluation's so the curve stays cheap
 */
public record CurveOptions(int points, long start, int nEval) {
    public static final long DEFAULT_START = 1000;
    public static final int DEFAULT_N_EVAL = 2000;
    /** No curve. */
    public static final CurveOptions NONE = new CurveOptions(0, DEFAULT_START, DEFAULT_N_EVAL);

    public CurveOptions {
        if (points < 0 || start < 1 || nEval < 1) {
            throw new IllegalArgumentException("bad curve settings: " + this);
        }
    }

    public boolean enabled() {
        return points > 0;
    }

    /**
     * The budgets: {@code points} values log-spaced from min(start, proposals) to {@code proposals}, rounded,
     * ascending, without repeats (so fewer when the range is narrow); the last is always {@code proposals}.
     */
    public long[] budgets(long proposals) {
        if (proposals < 1) {
            throw new IllegalArgumentException("no proposals");
        }
        if (!enabled()) {
            return new long[0];
        }
        long first = Math.min(start, proposals);
        long[] b = new long[points];
        for (int k = 0; k < points; k++) {
            b[k] = points == 1 ? proposals
                    : Math.round(first * Math.pow((double) proposals / first, (double) k / (points - 1)));
        }
        b[points - 1] = proposals;
        return Arrays.stream(b).map(v -> Math.max(1, Math.min(v, proposals))).distinct().sorted().toArray();
    }
}
