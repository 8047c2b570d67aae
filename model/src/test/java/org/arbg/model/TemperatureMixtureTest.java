package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.density.TokenBinning;
import org.arbg.model.sampling.Samples;
import org.junit.jupiter.api.Test;

/**
 * Sampling from an equal-share mixture of temperatures: the draws follow the mixture density (checked on a
 * grid of every bin pair, where the exact probabilities are known), and log q is that density.
 */
class TemperatureMixtureTest {
    @Test
    void parsesListsAndRejectsBadOnes() {
        assertArrayEquals(new double[] {1.0}, TemperatureMixture.parse("1").temperatures());
        assertArrayEquals(new double[] {1.0, 1.1}, TemperatureMixture.parse("1, 1.1").temperatures());
        assertEquals(TemperatureMixture.parse("1.0,1.1"), TemperatureMixture.parse(TemperatureMixture.of(1, 1.1)
                .toString()));
        assertThrows(IllegalArgumentException.class, () -> TemperatureMixture.parse("1,1"));
        assertThrows(IllegalArgumentException.class, () -> TemperatureMixture.parse("1,,1.1"));
        assertThrows(IllegalArgumentException.class, () -> TemperatureMixture.parse("1,-1"));
        assertThrows(IllegalArgumentException.class, () -> TemperatureMixture.parse("hot"));
    }

    @Test
    void mixIsTheLogOfTheMeanProbability() {
        TemperatureMixture m = TemperatureMixture.of(1.0, 1.1, 1.3);
        double[] logMass = {-700.0, -701.5, -699.2};  // exp underflows without the shift
        double expected = -699.2 + Math.log((Math.exp(-0.8) + Math.exp(-2.3) + 1) / 3);
        assertEquals(expected, m.mix(logMass), 1e-12);
        assertEquals(-3.0, TemperatureMixture.single(0.9).mix(new double[] {-3.0}));
        assertEquals(Double.NEGATIVE_INFINITY, m.mix(new double[] {Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}));
    }

    @Test
    void sampledLogQIsTheMixtureOfTheComponentDensities() {
        try (ArModel m = ToyModels.sharpenedModel(9, 32)) {
            TemperatureMixture mix = TemperatureMixture.of(1.0, 1.4);
            Samples s = m.sample(37, mix, new SplittableRandom(11), 16, true);
            assertEquals(mix, s.temperatures());
            double[] rescored = m.logProb(s.ic(), s.n(), mix);
            double[] cold = m.logProb(s.ic(), s.n(), 1.0);
            double[] hot = m.logProb(s.ic(), s.n(), 1.4);
            for (int i = 0; i < s.n(); i++) {
                double expected = Math.log(0.5 * Math.exp(cold[i]) + 0.5 * Math.exp(hot[i]));
                assertEquals(expected, rescored[i], 1e-9, "scored mixture density of sample " + i);
                assertEquals(rescored[i], s.logQ()[i], 1e-4, "sampled log q of sample " + i);
            }
            Samples full = m.sample(37, mix, new SplittableRandom(11), 16, false);
            assertArrayEquals(full.ic(), s.ic(), 1e-12, "KV cache and full prefix draw the same mixture samples");
        }
    }

    @Test
    void drawsFollowTheMixtureNotEitherComponent() {
        int bins = 12;
        int n = 20_000;
        try (ArModel m = ToyModels.twoTokenModel(bins)) {
            TokenBinning binning = m.binning();
            TemperatureMixture mix = TemperatureMixture.of(1.0, 1.5);
            Samples s = m.sample(n, mix, new SplittableRandom(3), 512, true);
            long[] counts = new long[bins * bins];
            for (int i = 0; i < n; i++) {
                int a = (int) ((s.ic()[2 * i] - binning.lower(0)) / binning.width(0));
                int b = (int) ((s.ic()[2 * i + 1] - binning.lower(1)) / binning.width(1));
                counts[Math.min(a, bins - 1) * bins + Math.min(b, bins - 1)]++;
            }
            double[] mixture = chiSquare(counts, cellProbabilities(m, binning, mix), n);
            double[] cold = chiSquare(counts, cellProbabilities(m, binning, TemperatureMixture.single(1.0)), n);
            double[] hot = chiSquare(counts, cellProbabilities(m, binning, TemperatureMixture.single(1.5)), n);
            // chi2 with df degrees of freedom has mean df and sd sqrt(2 df): accept within 6 sd, and require
            // each component alone to be rejected by far more
            assertTrue(mixture[0] < mixture[1] + 6 * Math.sqrt(2 * mixture[1]),
                    "draws against the mixture's cell probabilities: chi2 " + mixture[0] + ", df " + mixture[1]);
            assertTrue(cold[0] > cold[1] + 30 * Math.sqrt(2 * cold[1]),
                    "tau 1 alone must be rejected: chi2 " + cold[0] + ", df " + cold[1]);
            assertTrue(hot[0] > hot[1] + 30 * Math.sqrt(2 * hot[1]),
                    "tau 1.5 alone must be rejected: chi2 " + hot[0] + ", df " + hot[1]);
        }
    }

    /** Exact probability of every (bin of token 0, bin of token 1) cell: q at the cell centre times its area. */
    private static double[] cellProbabilities(ArModel m, TokenBinning binning, TemperatureMixture temperatures) {
        int bins = binning.bins();
        double[] ic = new double[bins * bins * 2];
        for (int a = 0; a < bins; a++) {
            for (int b = 0; b < bins; b++) {
                ic[2 * (a * bins + b)] = binning.lower(0) + (a + 0.5) * binning.width(0);
                ic[2 * (a * bins + b) + 1] = binning.lower(1) + (b + 0.5) * binning.width(1);
            }
        }
        double[] lq = m.logProb(ic, bins * bins, temperatures);
        double[] p = new double[lq.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(lq[c]) * binning.width(0) * binning.width(1);
        }
        return p;
    }

    /**
     * Pearson's chi-square over cells with an expected count of at least 5 (the rest pooled into one), and
     * its degrees of freedom.
     */
    private static double[] chiSquare(long[] counts, double[] p, int n) {
        double chi = 0;
        int cells = 0;
        double pooledExpected = 0;
        long pooledCount = 0;
        for (int c = 0; c < counts.length; c++) {
            double expected = p[c] * n;
            if (expected >= 5) {
                chi += (counts[c] - expected) * (counts[c] - expected) / expected;
                cells++;
            } else {
                pooledExpected += expected;
                pooledCount += counts[c];
            }
        }
        if (pooledExpected > 0) {
            chi += (pooledCount - pooledExpected) * (pooledCount - pooledExpected) / pooledExpected;
            cells++;
        }
        return new double[] {chi, cells - 1};
    }
}
