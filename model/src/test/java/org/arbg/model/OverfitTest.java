package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.model.density.TokenBinning;
import org.arbg.model.training.TrainingConfig;
import org.arbg.model.training.TrainingLoop;
import org.arbg.model.training.TrainingOutcome;
import org.arbg.model.training.TrainingListener;
import org.junit.jupiter.api.Test;

/**
 * A tiny model must learn the correlations in a small data set: its NLL on the training frames ends below
 * that of the product of per-token marginal histograms (the best a model ignoring the context can do on
 * these bins). An untrained model starts far above that bound.
 */
class OverfitTest {
    @Test
    void nllDropsBelowTheMarginalHistogramBound() {
        int t = 6;
        int n = 64;
        int bins = 32;
        List<TokenInfo> tokens = ToyModels.tokens(t);
        double[] data = ToyModels.frames(tokens, n, 9);
        ModelConfig cfg = new ModelConfig(32, 2, 2, bins, 2.0, 3L);
        try (ArModel m = ArModel.forData(cfg, tokens, data, n, new ModelProvenance("", "", ""), 1)) {
            double bound = marginalNll(m.binning(), data, n);
            double before = meanNll(m, data, n);
            assertTrue(before > bound + 1.0, "untrained NLL " + before + " vs bound " + bound);
            TrainingConfig tc = new TrainingConfig(300, 32, 3e-3, 20, 0.0, 1.0, 100, 1000, 5L);
            int held = m.manager().getManagedArrays().size();
            TrainingOutcome out;
            try (TrainingLoop loop = TrainingLoop.start(m, tc, null)) {
                out = loop.run(data, n, data, n, new TrainingListener() { }, () -> false);
            }
            assertEquals(300, out.step());
            assertEquals(held, m.manager().getManagedArrays().size(), "training leaked arrays into the model");
            assertEquals(0, out.skipped());
            double after = meanNll(m, data, n);
            assertEquals(after, out.validation().nllPerMolecule(), 1e-3, "validation NLL is the true density NLL");
            assertTrue(after < bound - 0.5, "trained NLL " + after + " nats/molecule vs marginal bound " + bound);
        }
    }

    private static double meanNll(ArModel m, double[] data, int n) {
        double s = 0;
        for (double v : m.logProb(data, n, 1.0)) {
            s -= v;
        }
        return s / n;
    }

    /** −(1/n) Σ_f Σ_j log(count_j(bin)/n / w_j): NLL of the per-token histogram density, nats/molecule. */
    private static double marginalNll(TokenBinning b, double[] data, int n) {
        int t = b.numTokens();
        int[] bins = b.toBinsStrict(data, n, "test");
        double s = 0;
        for (int j = 0; j < t; j++) {
            int[] count = new int[b.bins()];
            for (int f = 0; f < n; f++) {
                count[bins[f * t + j]]++;
            }
            for (int f = 0; f < n; f++) {
                s -= Math.log((double) count[bins[f * t + j]] / n / b.width(j));
            }
        }
        return s / n;
    }
}
