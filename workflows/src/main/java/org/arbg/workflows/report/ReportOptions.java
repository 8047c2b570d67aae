package org.arbg.workflows.report;

/**
 * Settings of {@link Report}.
 *
 * @param angleBins     bins per angle of the Ramachandran maps (36: 10°)
 * @param energyBins    bins of the energy and log-weight histograms
 * @param energyFrames  reference (and MD) frames, drawn at random, whose energies are evaluated for the
 *                      energy histogram
 * @param mapMaxKT      top of the free-energy colour scale, kT
 * @param seed          seed of the random frame choice
 */
public record ReportOptions(int angleBins, int energyBins, int energyFrames, double mapMaxKT, long seed) {
    public static final int DEFAULT_ANGLE_BINS = 36;
    public static final int DEFAULT_ENERGY_BINS = 50;
    public static final int DEFAULT_ENERGY_FRAMES = 10_000;
    public static final double DEFAULT_MAP_MAX_KT = 10;

    public ReportOptions {
        if (angleBins < 2 || energyBins < 2 || energyFrames < 1 || !(mapMaxKT > 0)) {
            throw new IllegalArgumentException("bad report settings: " + this);
        }
    }

    public static ReportOptions defaults(long seed) {
        return new ReportOptions(DEFAULT_ANGLE_BINS, DEFAULT_ENERGY_BINS, DEFAULT_ENERGY_FRAMES, DEFAULT_MAP_MAX_KT,
                seed);
    }
}
