package org.arbg.workflows.metrics;

/**
 * A check that proposals, their log q, the energies and the reference frames agree with each other. If the
 * proposals have density q and the reference frames density p = exp(−u)/Z, the log-weight lw = −u − log q is
 * distributed under p as under q times e^(lw − log Z) (the Crooks relation), so the log-ratio of the two
 * histograms of lw is a straight line of slope exactly 1. A slope below 1 says the reference frames have less
 * density where lw is high than the force field and the model predict: frames the model was trained on (it
 * gives them extra density), a reference at another temperature, or a log q that is not the proposals' density.
 *
 * <p>Fit: histograms of lw in bins of {@link #BIN_WIDTH} nats; bins with at least {@link #MIN_COUNT} samples on
 * both sides; weighted least squares of ln(n_p / n_q) on the bin centre with weights 1 / (1/n_p + 1/n_q)
 * (inverse Poisson variances of the log-ratio).
 */
public final class LogWeightSlope {
    /** Histogram bin width, nats. */
    public static final double BIN_WIDTH = 0.5;
    /** Fewest samples per side a bin needs to enter the fit. */
    public static final int MIN_COUNT = 30;

    private LogWeightSlope() {
    }

    /**
     * @param slope          fitted slope (1 when consistent); NaN with fewer than 3 usable bins
     * @param standardError  its standard error from the Poisson weights
     * @param bins           bins used
     */
    public record Fit(double slope, double standardError, int bins) {
    }

    /** Non-finite log-weights on either side are ignored. */
    public static Fit fit(double[] proposalLogWeights, double[] targetLogWeights) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : targetLogWeights) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new Fit(Double.NaN, Double.NaN, 0);
        }
        double origin = Math.floor(lo / BIN_WIDTH) * BIN_WIDTH;
        int nBins = (int) Math.floor((hi - origin) / BIN_WIDTH) + 1;
        long[] nq = histogram(proposalLogWeights, origin, nBins);
        long[] np = histogram(targetLogWeights, origin, nBins);
        // weighted least squares y = a + b x
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int used = 0;
        for (int k = 0; k < nBins; k++) {
            if (nq[k] < MIN_COUNT || np[k] < MIN_COUNT) {
                continue;
            }
            double x = origin + (k + 0.5) * BIN_WIDTH;
            double y = Math.log((double) np[k] / nq[k]);
            double w = 1 / (1.0 / np[k] + 1.0 / nq[k]);
            sw += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
            used++;
        }
        if (used < 3) {
            return new Fit(Double.NaN, Double.NaN, used);
        }
        double det = sw * sxx - sx * sx;
        return new Fit((sw * sxy - sx * sy) / det, Math.sqrt(sw / det), used);
    }

    private static long[] histogram(double[] values, double origin, int nBins) {
        long[] h = new long[nBins];
        for (double v : values) {
            if (Double.isFinite(v)) {
                int k = (int) Math.floor((v - origin) / BIN_WIDTH);
                if (k >= 0 && k < nBins) {
                    h[k]++;
                }
            }
        }
        return h;
    }
}
