package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.model.density.TokenBinning;
import org.junit.jupiter.api.Test;

/** log q must be a normalised density over (nm, rad): the integral over its support is 1. */
class DensityNormalisationTest {
    @Test
    void twoTokenDensityIntegratesToOne() {
        List<TokenInfo> tokens = List.of(ToyModels.tokens(3).get(0), ToyModels.tokens(3).get(2));
        List<TokenInfo> toks = List.of(tokens.get(0), new TokenInfo(1, tokens.get(1).kind(), tokens.get(1).atom(),
                0, "ALA", "C", 0.0, 1.0));
        int bins = 12;
        TokenBinning binning = TokenBinning.fromData(toks, ToyModels.frames(toks, 50, 1), 50, bins, 2.0);
        try (ArModel model = ArModel.create(ToyModels.tinyConfig(bins), binning, new ModelProvenance("", "", ""), 1)) {
            ToyModels.sharpen(model, 40f);
            for (double tau : new double[] {1.0, 0.7}) {
                int sub = 3;  // 3×3 points per bin cell: the density must be constant inside a cell
                int g = bins * sub;
                double[] ic = new double[g * g * 2];
                for (int a = 0; a < g; a++) {
                    for (int b = 0; b < g; b++) {
                        int f = a * g + b;
                        ic[2 * f] = binning.lower(0) + (a + 0.5) * binning.width(0) / sub;
                        ic[2 * f + 1] = binning.lower(1) + (b + 0.5) * binning.width(1) / sub;
                    }
                }
                double[] lq = model.logProb(ic, g * g, tau);
                double cell = binning.width(0) / sub * binning.width(1) / sub;
                double integral = 0;
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double v : lq) {
                    integral += Math.exp(v) * cell;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                assertEquals(1.0, integral, 1e-3, "integral of q over the support at tau " + tau);
                assertTrue(max - min > 1.0, "toy density should be far from uniform, spread " + (max - min));
            }
            double[] outside = {binning.upper(0) + 0.01, 0.0};
            assertEquals(Double.NEGATIVE_INFINITY, model.logProb(outside, 1, 1.0)[0]);
        }
    }
}
