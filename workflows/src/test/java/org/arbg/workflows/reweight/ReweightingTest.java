package org.arbg.workflows.reweight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReweightingTest {
    /** Double well u(x) = h (x² − 1)² in kT. */
    private static double doubleWell(double x) {
        double h = 3.0;
        return h * (x * x - 1) * (x * x - 1);
    }

    /** E_p[f] for p ∝ exp(−u) by the trapezoid rule on a fine grid: the independent reference. */
    private static double quadrature(java.util.function.DoubleUnaryOperator f) {
        double num = 0;
        double den = 0;
        double dx = 1e-4;
        for (double x = -4; x <= 4; x += dx) {
            double p = Math.exp(-doubleWell(x));
            num += f.applyAsDouble(x) * p * dx;
            den += p * dx;
        }
        return num / den;
    }

    @Test
    void reweightingAGaussianProposalRecoversTheDoubleWell() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 200_000;
        double sigma = 1.2;
        double[] x = new double[n];
        double[] u = new double[n];
        double[] logQ = new double[n];
        for (int i = 0; i < n; i++) {
            double z = gaussian(random);
            x[i] = sigma * z;
            u[i] = doubleWell(x[i]);
            logQ[i] = -0.5 * z * z - Math.log(sigma * Math.sqrt(2 * Math.PI));
        }
        WeightedSamples s = Reweighting.reweight(u, logQ, 0.0);
        double[] w = s.normalizedWeights();
        double ex2 = 0;
        double pRight = 0;
        for (int i = 0; i < n; i++) {
            ex2 += w[i] * x[i] * x[i];
            pRight += x[i] > 0.5 ? w[i] : 0;
        }
        assertEquals(quadrature(t -> t * t), ex2, 0.01);
        assertEquals(quadrature(t -> t > 0.5 ? 1 : 0), pRight, 0.005);
        assertTrue(s.essFraction() > 0.2 && s.essFraction() < 1, "ESS " + s.essFraction());

        // resampling to equal weights gives the same expectation
        int[] idx = MultinomialResampler.resample(s.logWeights(), 100_000, new SplittableRandom(7));
        double resampledEx2 = Arrays.stream(idx).mapToDouble(i -> x[i] * x[i]).average().orElseThrow();
        assertEquals(quadrature(t -> t * t), resampledEx2, 0.02);
    }

    @Test
    void nonFiniteProposalsGetZeroWeightAndAreCounted() {
        double[] u = {1, Double.POSITIVE_INFINITY, Double.NaN, 2, 3};
        double[] logQ = {0, 0, 0, Double.NEGATIVE_INFINITY, 1};
        WeightedSamples s = Reweighting.reweight(u, logQ, 0.0);
        assertEquals(2, s.nonFiniteEnergy());
        assertEquals(1, s.nonFiniteLogQ());
        assertEquals(2, s.finiteCount());
        double[] w = s.normalizedWeights();
        assertEquals(0, w[1]);
        assertEquals(0, w[2]);
        assertEquals(0, w[3]);
        assertEquals(1, w[0] + w[4], 1e-15);
        assertEquals(Math.exp(-1) / (Math.exp(-1) + Math.exp(-4)), w[0], 1e-15);
    }

    @Test
    void essOfUniformWeightsIsOneAndOfASingleWeightIsOneOverN() {
        assertEquals(1.0, LogSpace.kishEssFraction(new double[] {5, 5, 5, 5}), 1e-15);
        assertEquals(0.25, LogSpace.kishEssFraction(new double[] {0, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}), 1e-15);
        // log space survives weights that would overflow exp()
        assertEquals(1.0, LogSpace.kishEssFraction(new double[] {1e4, 1e4}), 1e-11);
        double[] w = {0, Math.log(3)};
        assertEquals(16.0 / (2 * 10), LogSpace.kishEssFraction(w), 1e-14);
    }

    @Test
    void clippingDropsTheLargestFractionOfFiniteLogWeights() {
        double[] lw = new double[1000];
        for (int i = 0; i < lw.length; i++) {
            lw[i] = i;
        }
        WeightClipping.Result r = WeightClipping.clip(lw, 0.01);
        assertEquals(10, r.clipped());
        assertEquals(989, r.threshold());
        for (int i = 990; i < 1000; i++) {
            assertEquals(Double.NEGATIVE_INFINITY, r.logWeights()[i]);
        }
        assertEquals(989, r.logWeights()[989]);
        assertArrayEquals(lw, WeightClipping.clip(lw, 0).logWeights());
        // weights that are already zero are neither clipped nor counted
        lw[3] = Double.NEGATIVE_INFINITY;
        lw[4] = Double.NaN;
        assertEquals(9, WeightClipping.clip(lw, 0.01).clipped(), "1% of 998 finite weights, rounded down");
    }


    @Test
    void clippedWeightShareAndUnclippedEssDescribeWhatClippingRemoved() {
        // weights 1, 1, 1, 97 (u = 0, log q = −log w): clipping a quarter removes the 97 of a total of 100
        double[] u = new double[4];
        double[] logQ = {0, 0, 0, -Math.log(97)};
        WeightedSamples w = Reweighting.reweight(u, logQ, 0.25);
        assertEquals(1, w.clipped());
        assertEquals(0.97, w.clippedWeightShare(), 1e-12);
        assertEquals(100.0 * 100.0 / (4 * (3 + 97.0 * 97.0)), w.unclippedEssFraction(), 1e-12);
        assertEquals(9.0 / (4 * 3), w.essFraction(), 1e-12, "three equal weights left among four proposals");
        // no clipping: nothing removed, and the two ESS agree
        WeightedSamples none = Reweighting.reweight(u, logQ, 0);
        assertEquals(0, none.clippedWeightShare());
        assertEquals(none.essFraction(), none.unclippedEssFraction(), 1e-15);
        assertTrue(Double.isNaN(none.clippedMeanReducedEnergyKT()), "nothing clipped");
    }

    @Test
    void meanEnergiesOfTheKeptAndTheClippedProposals() {
        // u = 1, 2, 3, 10 with log q chosen so that the weights are 1, 2, 1, 96: clipping a quarter drops the
        // u = 10 proposal; the kept ones average (1·1 + 2·2 + 1·3) / 4 = 2
        double[] u = {1, 2, 3, 10};
        double[] logQ = new double[4];
        double[] weights = {1, 2, 1, 96};
        for (int i = 0; i < 4; i++) {
            logQ[i] = -u[i] - Math.log(weights[i]);
        }
        WeightedSamples w = Reweighting.reweight(u, logQ, 0.25);
        assertEquals(2.0, w.meanReducedEnergyKT(), 1e-12);
        assertEquals(10.0, w.clippedMeanReducedEnergyKT(), 1e-12);
        WeightedSamples all = Reweighting.reweight(u, logQ, 0);
        assertEquals((1 + 4 + 3 + 960) / 100.0, all.meanReducedEnergyKT(), 1e-12);
    }
    @Test
    void multinomialResamplingFollowsTheWeights() {
        double[] lw = {Math.log(0.1), Math.log(0.6), Double.NEGATIVE_INFINITY, Math.log(0.3)};
        int[] idx = MultinomialResampler.resample(lw, 100_000, new SplittableRandom(3));
        int[] counts = new int[4];
        for (int i : idx) {
            counts[i]++;
        }
        assertEquals(0, counts[2]);
        assertEquals(0.1, counts[0] / 1e5, 0.005);
        assertEquals(0.6, counts[1] / 1e5, 0.005);
        assertEquals(0.3, counts[3] / 1e5, 0.005);
    }

    static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
