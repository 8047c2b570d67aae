package org.arbg.workflows.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistogramsTest {
    @Test
    void freeEnergyMapWrapsAroundPiAndIsMinusLogPAboveItsMinimum() {
        // 36 bins: bin 0 is centred on -180 degrees and holds angles just below +180 as well
        double d = Math.toRadians(1);
        double[] phi = {Math.PI - d, -Math.PI + d, 0, 0};
        double[] psi = {0, 0, 0, 0};
        double[][] f = Histograms.freeEnergyMap(phi, psi, new double[] {1, 1, 1, 2}, 36);
        // bin (0, 18) has weight 2, bin (18, 18) weight 3: F = -ln(2/3) above the minimum
        assertEquals(0.0, f[18][18], 1e-12);
        assertEquals(Math.log(1.5), f[0][18], 1e-12);
        assertTrue(Double.isNaN(f[5][5]));
    }

    @Test
    void densityIsNormalisedOverAllFiniteValuesAndCountsWhatLiesOutside() {
        Histograms.Density h = Histograms.density(new double[] {0.5, 1.5, 1.6, 9, Double.NaN}, null, 0, 2, 2);
        assertEquals(0.25, h.density()[0], 1e-12);
        assertEquals(0.5, h.density()[1], 1e-12);
        assertEquals(0.25, h.outside(), 1e-12);
    }

    @Test
    void mapAxisLabelsSitOnMultiplesOfSixtyDegrees() {
        assertEquals("-180", ReportPlots.degreeLabel(0, 36));
        assertEquals("-120", ReportPlots.degreeLabel(6, 36));
        assertEquals("", ReportPlots.degreeLabel(7, 36));
        // 20 bins of 18 degrees: bin 13 is centred on 54 and covers [45, 63), bin 12 covers [27, 45)
        assertEquals("60", ReportPlots.degreeLabel(13, 20));
        assertEquals("", ReportPlots.degreeLabel(12, 20));
    }
}
