package org.arbg.workflows.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * BAR and the log-weight slope on a 1-D target p̃(x) = exp(−x²/2) (log Z = ½ ln 2π exactly) with a Gaussian
 * proposal of another centre and width, whose log q is exact.
 */
class BennettAcceptanceRatioTest {
    private static final double Q_MEAN = 0.5;
    private static final double Q_STD = 1.3;
    private static final int N = 20_000;

    private static double logQ(double x) {
        double z = (x - Q_MEAN) / Q_STD;
        return -0.5 * z * z - Math.log(Q_STD) - 0.5 * Math.log(2 * Math.PI);
    }

    private static double logWeight(double x) {
        return -0.5 * x * x - logQ(x);
    }

    private static double[] proposalLogWeights(SplittableRandom r) {
        double[] lw = new double[N];
        for (int i = 0; i < N; i++) {
            lw[i] = logWeight(Q_MEAN + Q_STD * r.nextGaussian());
        }
        return lw;
    }

    /** Target samples drawn with standard deviation {@code std} (1 is the target itself). */
    private static double[] targetLogWeights(SplittableRandom r, double std) {
        double[] lw = new double[N];
        for (int i = 0; i < N; i++) {
            lw[i] = logWeight(std * r.nextGaussian());
        }
        return lw;
    }

    @Test
    void barRecoversTheKnownPartitionFunction() {
        SplittableRandom r = new SplittableRandom(5);
        double logZ = BennettAcceptanceRatio.logPartitionFunction(proposalLogWeights(r), targetLogWeights(r, 1));
        assertEquals(0.5 * Math.log(2 * Math.PI), logZ, 0.02);
    }

    @Test
    void weightZeroProposalsAndUnreachableTargetSamplesCountButAddNothing() {
        // half the proposals have no target density (lw = −∞): the proposal's mass on the target halves, and so
        // does Z relative to it; the −∞ entries must count in n_q
        SplittableRandom r = new SplittableRandom(6);
        double[] lw = proposalLogWeights(r);
        double[] doubled = new double[2 * N];
        System.arraycopy(lw, 0, doubled, 0, N);
        java.util.Arrays.fill(doubled, N, 2 * N, Double.NEGATIVE_INFINITY);
        double[] target = targetLogWeights(r, 1);
        double full = BennettAcceptanceRatio.logPartitionFunction(lw, target);
        double half = BennettAcceptanceRatio.logPartitionFunction(doubled, target);
        assertEquals(full - Math.log(2), half, 0.03);
        assertTrue(Double.isNaN(BennettAcceptanceRatio.logPartitionFunction(new double[] {Double.NEGATIVE_INFINITY},
                target)), "no finite proposal: undefined");
        // the starting guess does not change the root
        assertEquals(full, BennettAcceptanceRatio.logPartitionFunction(lw, target, full + 3), 1e-8);
    }

    @Test
    void logWeightSlopeIsOneForConsistentSamplesAndNotForAHotterReference() {
        SplittableRandom r = new SplittableRandom(7);
        double[] q = proposalLogWeights(r);
        LogWeightSlope.Fit ok = LogWeightSlope.fit(q, targetLogWeights(r, 1));
        assertTrue(ok.bins() >= 5, "bins used: " + ok.bins());
        assertEquals(1.0, ok.slope(), Math.max(0.05, 4 * ok.standardError()), "slope " + ok.slope());
        // target samples 20% wider than exp(−x²/2): not the distribution lw assumes
        LogWeightSlope.Fit hot = LogWeightSlope.fit(q, targetLogWeights(r, 1.2));
        assertTrue(Math.abs(hot.slope() - 1) > 6 * hot.standardError(), "slope " + hot.slope() + " ± "
                + hot.standardError());
    }
}
