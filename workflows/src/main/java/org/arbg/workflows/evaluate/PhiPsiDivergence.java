package org.arbg.workflows.evaluate;

import org.arbg.workflows.metrics.JensenShannon;

/**
 * Jensen–Shannon divergence (nats, in [0, ln 2]) of Ramachandran histograms: for each residue the 2-D (φ, ψ)
 * histogram on a bins × bins grid over [−π, π)², averaged over residues. A joint histogram of all angles
 * would need bins^(2R) cells, hence the per-residue mean; for alanine dipeptide it is the one φ/ψ map.
 */
public final class PhiPsiDivergence {
    private PhiPsiDivergence() {
    }

    /**
     * @param a        angles of the first ensemble (φ, ψ per residue)
     * @param weightsA its weights, or null for equal weights
     * @param b        angles of the second ensemble
     * @param weightsB its weights, or null
     * @param bins     bins per angle
     * @return the mean JS divergence, or NaN without residues
     */
    public static double mean(AngleTable a, double[] weightsA, AngleTable b, double[] weightsB, int bins) {
        if (a.dims() != b.dims()) {
            throw new IllegalArgumentException(a.dims() + " vs " + b.dims() + " angles per frame");
        }
        int residues = a.dims() / 2;
        if (residues == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int r = 0; r < residues; r++) {
            sum += JensenShannon.divergence(a.pair(2 * r), weightsA, b.pair(2 * r), weightsB, 2, bins);
        }
        return sum / residues;
    }
}
