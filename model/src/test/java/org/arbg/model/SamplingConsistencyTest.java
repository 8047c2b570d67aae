package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.arbg.model.sampling.Samples;
import org.junit.jupiter.api.Test;

/** log q recorded while sampling equals the score of a full forward pass; KV cache equals full prefix. */
class SamplingConsistencyTest {
    private static final int T = 9;
    private static final int BINS = 32;

    private static ArModel model() {
        return ToyModels.sharpenedModel(T, BINS);
    }

    @Test
    void sampledLogQEqualsRescoredLogQ() {
        try (ArModel m = model()) {
            for (double tau : new double[] {1.0, 0.8}) {
                Samples s = m.sample(37, tau, new SplittableRandom(11), 16, true);  // 16+16+5: no truncation
                assertEquals(37, s.n());
                double[] rescored = m.logProb(s.ic(), s.n(), tau);
                for (int i = 0; i < s.n(); i++) {
                    assertTrue(Double.isFinite(s.logQ()[i]));
                    assertEquals(s.logQ()[i], rescored[i], 1e-4, "sample " + i + " at tau " + tau);
                }
                double[] atOtherTau = m.logProb(s.ic(), s.n(), tau + 0.3);
                assertTrue(Math.abs(atOtherTau[0] - s.logQ()[0]) > 1e-3, "temperature must change log q");
            }
        }
    }

    @Test
    void kvCacheDecodingEqualsFullPrefixDecoding() {
        try (ArModel m = model()) {
            Samples kv = m.sample(20, 0.9, new SplittableRandom(5), 8, true);
            Samples full = m.sample(20, 0.9, new SplittableRandom(5), 8, false);
            assertArrayEquals(full.ic(), kv.ic(), 1e-12);
            assertArrayEquals(full.logQ(), kv.logQ(), 1e-4);
            int held = m.manager().getManagedArrays().size();
            Samples other = m.sample(20, 0.9, new SplittableRandom(6), 8, true);
            m.logProb(other.ic(), other.n(), 0.9);
            assertEquals(held, m.manager().getManagedArrays().size(), "per-step arrays leaked into the model's manager");
            assertTrue(Math.abs(other.ic()[T - 1] - kv.ic()[T - 1]) > 0, "another seed gives other samples");
        }
    }
}
