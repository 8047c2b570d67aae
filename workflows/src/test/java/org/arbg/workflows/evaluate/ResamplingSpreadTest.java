package org.arbg.workflows.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.arbg.workflows.reweight.ResamplingScheme;
import org.junit.jupiter.api.Test;

class ResamplingSpreadTest {
    /**
     * Proposals of energy 0 and 1 kT with weights 1/2 each against n reference energies, half 0 and half 1: a
     * multinomial resample of n holds K ~ Binomial(n, 1/2) zeros, the sorted sets differ in |K − n/2| places by
     * 1 kT, so E-W2 = sqrt(|K − n/2| / n). Its mean and standard deviation follow from the binomial pmf.
     */
    @Test
    void meanAndSpreadMatchTheBinomialLawOfATwoLevelEnsemble() {
        int n = 100;
        double[] reference = new double[n];
        for (int i = n / 2; i < n; i++) {
            reference[i] = 1;
        }
        double[] proposals = {0, 1};
        double[] logWeights = {Math.log(0.5), Math.log(0.5)};
        double mean = 0;
        double meanSq = 0;
        for (int k = 0; k <= n; k++) {
            double p = Math.exp(logBinomial(n, k) - n * Math.log(2));
            double w2 = Math.sqrt(Math.abs(k - n / 2.0) / n);
            mean += p * w2;
            meanSq += p * w2 * w2;
        }
        double sd = Math.sqrt(meanSq - mean * mean);
        int draws = 4000;
        ResamplingSpread s = ResamplingSpread.of(logWeights, proposals, reference, ResamplingScheme.MULTINOMIAL,
                draws, new SplittableRandom(11));
        assertEquals(draws, s.draws());
        // Monte Carlo errors: sd/sqrt(draws) for the mean, about sd/sqrt(2 draws) for the sd; 4 of each
        assertEquals(mean, s.meanKt(), 4 * sd / Math.sqrt(draws), "mean E-W2, exact " + mean);
        assertEquals(sd, s.sdKt(), 4 * sd / Math.sqrt(2.0 * draws), "sd of E-W2, exact " + sd);
    }

    @Test
    void oneProposalCarryingAllTheWeightHasNoSpread() {
        double[] reference = {-1, 0, 2, 3};
        double[] proposals = {7, 1, 5};
        double[] logWeights = {Double.NEGATIVE_INFINITY, 0, Double.NaN};
        ResamplingSpread s = ResamplingSpread.of(logWeights, proposals, reference, ResamplingScheme.MULTINOMIAL, 5,
                new SplittableRandom(3));
        assertEquals(0, s.sdKt(), 0);
        assertEquals(Math.sqrt((4 + 1 + 1 + 4) / 4.0), s.meanKt(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> ResamplingSpread.of(logWeights, proposals, reference,
                ResamplingScheme.MULTINOMIAL, 1, new SplittableRandom(3)));
    }

    private static double logBinomial(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) {
            s += Math.log(n - k + i) - Math.log(i);
        }
        return s;
    }
}
