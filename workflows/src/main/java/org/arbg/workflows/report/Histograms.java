package org.arbg.workflows.report;

/** The (weighted) histograms behind the report's plots. */
public final class Histograms {
    private Histograms() {
    }

    /**
     * A 1-D density on [lo, hi): bin k covers [lo + k·w, lo + (k+1)·w).
     *
     * @param lo      lower edge
     * @param hi      upper edge
     * @param density per bin, normalised by the total weight of <em>all</em> finite values (so mass outside
     *                [lo, hi) is missing from the curve)
     * @param outside fraction of the finite weight outside [lo, hi)
     */
    public record Density(double lo, double hi, double[] density, double outside) {
        public double binWidth() {
            return (hi - lo) / density.length;
        }
    }

    /**
     * @param values  the values; NaN and ±∞ are skipped
     * @param weights weights aligned with {@code values} (non-negative), or null for equal weights
     */
    public static Density density(double[] values, double[] weights, double lo, double hi, int bins) {
        if (!(hi > lo) || bins < 1) {
            throw new IllegalArgumentException("bad histogram range [" + lo + ", " + hi + ") or bins " + bins);
        }
        double[] h = new double[bins];
        double total = 0;
        double inside = 0;
        double width = (hi - lo) / bins;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            double w = weights == null ? 1 : weights[i];
            if (!Double.isFinite(v) || !(w > 0)) {
                continue;
            }
            total += w;
            if (v >= lo && v < hi) {
                h[Math.min(bins - 1, (int) ((v - lo) / width))] += w;
                inside += w;
            }
        }
        for (int k = 0; k < bins; k++) {
            h[k] = total > 0 ? h[k] / (total * width) : 0;
        }
        return new Density(lo, hi, h, total > 0 ? 1 - inside / total : 0);
    }

    /**
     * The free energy −ln p(φ, ψ) in kT on a periodic grid, shifted so that its minimum is 0. Bin k of each
     * angle is centred on −π + k·2π/bins (so it wraps around ±π); empty bins are NaN.
     *
     * @param phi     φ per frame, radians
     * @param psi     ψ per frame, radians
     * @param weights weights per frame (non-negative), or null for equal weights
     * @return [φ bin][ψ bin]
     */
    public static double[][] freeEnergyMap(double[] phi, double[] psi, double[] weights, int bins) {
        double[][] p = new double[bins][bins];
        double width = 2 * Math.PI / bins;
        for (int i = 0; i < phi.length; i++) {
            double w = weights == null ? 1 : weights[i];
            if (!(w > 0) || !Double.isFinite(phi[i]) || !Double.isFinite(psi[i])) {
                continue;
            }
            p[torusBin(phi[i], width, bins)][torusBin(psi[i], width, bins)] += w;
        }
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : p) {
            for (int j = 0; j < bins; j++) {
                row[j] = row[j] > 0 ? -Math.log(row[j]) : Double.NaN;
                if (!Double.isNaN(row[j])) {
                    min = Math.min(min, row[j]);
                }
            }
        }
        for (double[] row : p) {
            for (int j = 0; j < bins; j++) {
                row[j] -= min;
            }
        }
        return p;
    }

    /** The bin whose centre −π + k·width is nearest to the angle, modulo 2π. */
    static int torusBin(double angle, double width, int bins) {
        long k = Math.round((angle + Math.PI) / width);
        return (int) Math.floorMod(k, (long) bins);
    }
}
