package org.arbg.workflows.reweight;

/**
 * Proposals with their energies, model log-densities and importance log-weights, aligned by index.
 *
 * @param reducedEnergyKT  u(x) in kT (+∞ where the evaluation failed)
 * @param logQ             log q(x)
 * @param rawLogWeights    −u − log q before clipping (−∞ where u or log q is not finite, or a stereocentre is
 *                         inverted)
 * @param logWeights       after clipping: the weights to use
 * @param nonFiniteEnergy  proposals whose energy was NaN or infinite
 * @param nonFiniteLogQ    proposals whose log q was NaN or infinite
 * @param invertedStereo   proposals with a stereocentre inverted relative to the prepared structure
 * @param clipped          finite log-weights dropped by clipping
 * @param clipFraction     the clip fraction asked for
 */
public record WeightedSamples(double[] reducedEnergyKT, double[] logQ, double[] rawLogWeights, double[] logWeights,
                              int nonFiniteEnergy, int nonFiniteLogQ, int invertedStereo, int clipped,
                              double clipFraction) {
    public WeightedSamples {
        int n = logWeights.length;
        if (reducedEnergyKT.length != n || logQ.length != n || rawLogWeights.length != n) {
            throw new IllegalArgumentException("weighted samples with misaligned arrays");
        }
    }

    public int size() {
        return logWeights.length;
    }

    /** Proposals that kept a finite weight after clipping. */
    public int finiteCount() {
        int c = 0;
        for (double w : logWeights) {
            if (Double.isFinite(w)) {
                c++;
            }
        }
        return c;
    }

    /** Kish ESS over all proposals (the energy-evaluation budget), as a fraction in [0, 1]. */
    public double essFraction() {
        return LogSpace.kishEssFraction(logWeights);
    }

    /** Kish ESS of the weights before clipping, as a fraction of all proposals (see {@link #essFraction()}). */
    public double unclippedEssFraction() {
        return LogSpace.kishEssFraction(rawLogWeights);
    }

    /**
     * The share of the total importance weight Σ exp(raw log w) that clipping removed, in [0, 1]. Near 0 the
     * clipping only trims noise; near 1 a few proposals would dominate the unclipped estimate: the model
     * under-covers part of the target, and the clipped averages lean towards the model.
     */
    public double clippedWeightShare() {
        double total = LogSpace.logSumExp(rawLogWeights);
        if (!Double.isFinite(total)) {
            return 0;
        }
        double[] removed = new double[rawLogWeights.length];
        for (int i = 0; i < removed.length; i++) {
            removed[i] = wasClipped(i) ? rawLogWeights[i] : Double.NEGATIVE_INFINITY;
        }
        return Math.exp(LogSpace.logSumExp(removed) - total);
    }

    /** The reweighted mean reduced energy Σ w u / Σ w over the clipped weights, kT (NaN with no finite weight). */
    public double meanReducedEnergyKT() {
        double[] p = normalizedWeights();
        double mean = 0;
        boolean any = false;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                mean += p[i] * reducedEnergyKT[i];
                any = true;
            }
        }
        return any ? mean : Double.NaN;
    }

    /**
     * The plain mean reduced energy of the proposals that clipping dropped, kT (NaN when none were). Near
     * {@link #meanReducedEnergyKT()}, clipping removes weight without biasing the energies; far above it, the
     * model under-covers strained configurations and the clipped estimate is biased low.
     */
    public double clippedMeanReducedEnergyKT() {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < logWeights.length; i++) {
            if (wasClipped(i)) {
                sum += reducedEnergyKT[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Proposal i had a finite weight (raw weights are −∞ for every other exclusion) and clipping dropped it. */
    private boolean wasClipped(int i) {
        return Double.isFinite(rawLogWeights[i]) && logWeights[i] == Double.NEGATIVE_INFINITY;
    }

    /** Normalised weights summing to 1. */
    public double[] normalizedWeights() {
        return LogSpace.normalizedWeights(logWeights);
    }
}
