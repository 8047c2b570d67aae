package org.arbg.workflows.evaluate;

/**
 * Standard error of the basin free energy ΔF = −ln(p / (1 − p)), p = P(φ &gt; 0), from contiguous blocks of a
 * correlated trajectory (MD, replica exchange): the blocks' basin fractions p_b give SE(p) = sd(p_b)/√B,
 * carried to ΔF by the delta method, |dΔF/dp| = 1/(p(1 − p)). Blocks without a φ &gt; 0 frame still count,
 * which is why the error is taken on p and not on each block's ΔF (that would be infinite).
 */
public final class BlockError {
    private BlockError() {
    }

    /**
     * @param phiRad one φ per frame in trajectory order, radians
     * @param blocks number of contiguous blocks (≥ 2; the frames left over by integer division are dropped)
     * @return the standard error of ΔF in kT, or NaN when p is 0 or 1 or there are fewer frames than blocks
     */
    public static double deltaFStandardError(double[] phiRad, int blocks) {
        if (blocks < 2) {
            throw new IllegalArgumentException("a block error needs at least 2 blocks, got " + blocks);
        }
        int size = phiRad.length / blocks;
        if (size == 0) {
            return Double.NaN;
        }
        double[] p = new double[blocks];
        double mean = 0;
        for (int b = 0; b < blocks; b++) {
            int positive = 0;
            for (int i = b * size; i < (b + 1) * size; i++) {
                if (phiRad[i] > 0) {
                    positive++;
                }
            }
            p[b] = (double) positive / size;
            mean += p[b] / blocks;
        }
        if (mean <= 0 || mean >= 1) {
            return Double.NaN;
        }
        double ss = 0;
        for (double v : p) {
            ss += (v - mean) * (v - mean);
        }
        double seP = Math.sqrt(ss / (blocks - 1) / blocks);
        return seP / (mean * (1 - mean));
    }
}
