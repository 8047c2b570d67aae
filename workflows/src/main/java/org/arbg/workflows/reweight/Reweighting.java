package org.arbg.workflows.reweight;

/**
 * Self-normalised importance sampling of proposals x ~ q towards the Boltzmann distribution p ∝ exp(−u):
 * log w = −u(x) − log q(x), with the paper's clipping of the largest log-weights. Proposals whose energy or
 * log q is not finite, or whose stereocentres are inverted, get weight zero and are counted, never silently
 * dropped.
 */
public final class Reweighting {
    private Reweighting() {
    }

    /**
     * @param reducedEnergyKT u(x) = E(x)/(k_B T) per proposal (+∞ for failed evaluations)
     * @param logQ            log q(x) per proposal, over the same space as u (Cartesian modulo rigid motion)
     * @param clipFraction    fraction of the largest finite log-weights dropped, e.g. 0.002
     */
    public static WeightedSamples reweight(double[] reducedEnergyKT, double[] logQ, double clipFraction) {
        return reweight(reducedEnergyKT, logQ, new boolean[logQ.length], clipFraction);
    }

    /**
     * As {@link #reweight(double[], double[], double)}, with weight zero also for the proposals marked
     * {@code inverted} (a stereocentre in the other configuration than the prepared structure's: not part of the
     * ensemble asked for, whatever its energy).
     */
    public static WeightedSamples reweight(double[] reducedEnergyKT, double[] logQ, boolean[] inverted,
                                           double clipFraction) {
        if (reducedEnergyKT.length != logQ.length || inverted.length != logQ.length) {
            throw new IllegalArgumentException(reducedEnergyKT.length + " energies but " + logQ.length
                    + " log q values and " + inverted.length + " stereo flags");
        }
        int n = logQ.length;
        double[] raw = new double[n];
        int nonFiniteEnergy = 0;
        int nonFiniteLogQ = 0;
        int invertedCount = 0;
        for (int i = 0; i < n; i++) {
            boolean energyOk = Double.isFinite(reducedEnergyKT[i]);
            boolean logQOk = Double.isFinite(logQ[i]);
            if (!energyOk) {
                nonFiniteEnergy++;
            }
            if (!logQOk) {
                nonFiniteLogQ++;
            }
            if (inverted[i]) {
                invertedCount++;
            }
            raw[i] = energyOk && logQOk && !inverted[i] ? -reducedEnergyKT[i] - logQ[i] : Double.NEGATIVE_INFINITY;
        }
        WeightClipping.Result clipped = WeightClipping.clip(raw, clipFraction);
        return new WeightedSamples(reducedEnergyKT.clone(), logQ.clone(), raw, clipped.logWeights(),
                nonFiniteEnergy, nonFiniteLogQ, invertedCount, clipped.clipped(), clipFraction);
    }
}
