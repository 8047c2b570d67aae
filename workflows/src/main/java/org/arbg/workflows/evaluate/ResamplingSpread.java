package org.arbg.workflows.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import org.arbg.workflows.metrics.Wasserstein1D;
import org.arbg.workflows.reweight.JsonOutput;
import org.arbg.workflows.reweight.ResamplingScheme;

/**
 * How much E-W2 moves with the resampling draw alone: E-W2 against the same reference energies for further
 * independent resamples of the same clipped weights. E-W2 compares n resampled energies with n reference
 * energies, and drawing n frames from weights of finite ESS is itself random, so two E-W2 values that differ
 * by less than about {@code sdKt} do not tell their ensembles apart.
 *
 * @param draws  resamples drawn
 * @param meanKt mean E-W2 over the draws, kT
 * @param sdKt   standard deviation of E-W2 over the draws (n − 1 in the denominator), kT
 */
public record ResamplingSpread(int draws, double meanKt, double sdKt) {
    /** Resamples drawn by {@code arbg evaluate}: enough for a spread good to about 15%, at a negligible cost. */
    public static final int DEFAULT_DRAWS = 20;

    /**
     * @param logWeights clipped log-weights of the proposals (−∞ or NaN: never drawn)
     * @param reducedKT  reduced energies of the proposals, kT
     * @param referenceKT the reference energies E-W2 is measured against, kT; n = their count
     */
    public static ResamplingSpread of(double[] logWeights, double[] reducedKT, double[] referenceKT,
                                      ResamplingScheme scheme, int draws, SplittableRandom random) {
        if (draws < 2) {
            throw new IllegalArgumentException("a spread needs at least 2 draws, got " + draws);
        }
        double[] w2 = new double[draws];
        for (int d = 0; d < draws; d++) {
            int[] pick = scheme.resample(logWeights, referenceKT.length, random);
            w2[d] = Wasserstein1D.w2(RandomSubset.pick(reducedKT, pick), referenceKT);
        }
        double mean = 0;
        for (double v : w2) {
            mean += v / draws;
        }
        double sumSq = 0;
        for (double v : w2) {
            sumSq += (v - mean) * (v - mean);
        }
        return new ResamplingSpread(draws, mean, Math.sqrt(sumSq / (draws - 1)));
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonOutput.object();
        o.put("draws", draws);
        JsonOutput.putNumber(o, "mean_kT", meanKt);
        JsonOutput.putNumber(o, "sd_kT", sdKt);
        return o;
    }
}
