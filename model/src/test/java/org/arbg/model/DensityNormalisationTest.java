package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.density.TokenBinning;
import org.junit.jupiter.api.Test;

/** log q must be a normalised density over (nm, rad): the integral over its support is 1. */
class DensityNormalisationTest {
    @Test
    void twoTokenDensityIntegratesToOne() {
        int bins = 12;
        try (ArModel model = ToyModels.twoTokenModel(bins)) {
            TokenBinning binning = model.binning();
            for (TemperatureMixture tau : List.of(TemperatureMixture.single(1.0), TemperatureMixture.single(0.7),
                    TemperatureMixture.of(1.0, 1.5))) {
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
