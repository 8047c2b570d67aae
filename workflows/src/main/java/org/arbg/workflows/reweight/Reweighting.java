package org.arbg.workflows.reweight;

/**
 * Self-normalised importance sampling of proposals x ~ q towards the Boltzmann distribution p ∝ exp(−u):
 * log w = −u(x) − log q(x), with the paper's clipping of the largest log-weights. Proposals whose energy or
 * log q is not finite get weight zero and are counted, never silently dropped.
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
        if (reducedEnergyKT.length != logQ.length) {
            throw new IllegalArgumentException(reducedEnergyKT.length + " energies but " + logQ.length + " log q values");
        }
        int n = logQ.length;
        double[] raw = new double[n];
        int nonFiniteEnergy = 0;
        int nonFiniteLogQ = 0;
        for (int i = 0; i < n; i++) {
            boolean energyOk = Double.isFinite(reducedEnergyKT[i]);
            boolean logQOk = Double.isFinite(logQ[i]);
            if (!energyOk) {
                nonFiniteEnergy++;
            }
            if (!logQOk) {
                nonFiniteLogQ++;
            }
            raw[i] = energyOk && logQOk ? -reducedEnergyKT[i] - logQ[i] : Double.NEGATIVE_INFINITY;
        }
        WeightClipping.Result clipped = WeightClipping.clip(raw, clipFraction);
        return new WeightedSamples(reducedEnergyKT.clone(), logQ.clone(), raw, clipped.logWeights(),
                nonFiniteEnergy, nonFiniteLogQ, clipped.clipped(), clipFraction);
    }
}
