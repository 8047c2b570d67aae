package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.model.density.BinnedFrames;
import org.arbg.model.density.OutOfSupportException;
import org.arbg.model.density.TokenBinning;
import org.junit.jupiter.api.Test;

class TokenBinningTest {
    private final List<TokenInfo> tokens = ToyModels.tokens(3);  // bond, angle, torsion
    private final double[] data = ToyModels.frames(tokens, 40, 2);
    private final TokenBinning b = TokenBinning.fromData(tokens, data, 40, 64, 2.0);

    @Test
    void rangesCoverDataWithMarginAndTorsionsUseTheCircle() {
        assertEquals(-Math.PI, b.lower(2), 0);
        assertEquals(Math.PI, b.upper(2), 1e-12);
        for (int f = 0; f < 40; f++) {
            assertTrue(b.lower(0) <= data[3 * f] - 2 * 0.005 + 1e-12);
            assertTrue(b.upper(1) >= data[3 * f + 1] + 2 * 0.05 - 1e-12 || b.upper(1) == Math.PI);
        }
        assertEquals(Math.log(b.width(0)) + Math.log(b.width(1)) + Math.log(b.width(2)), b.logBinVolume(), 1e-12);
        assertEquals(-3.0 - b.logBinVolume(), b.dequantise(-3.0), 1e-12);
    }

    @Test
    void valuesRoundTripThroughBinsAndTorsionsWrap() {
        for (int j = 0; j < 3; j++) {
            for (int bin : new int[] {0, 17, 63}) {
                assertEquals(bin, b.binOf(j, b.value(j, bin, 0.5)));
            }
        }
        assertEquals(b.binOf(2, -Math.PI + 0.1), b.binOf(2, Math.PI + 0.1));
        assertEquals(0, b.binOf(2, Math.PI));  // π is the same point as −π
    }

    @Test
    void outOfSupportIsReportedNotClamped() {
        double[] bad = {0.14, 1.9, 0.0, b.upper(0) + 1e-3, 1.9, 0.0, 0.14, Double.NaN, 0.0};
        assertEquals(-1, b.binOf(0, b.upper(0) + 1e-3));
        BinnedFrames bf = b.toBins(bad, 3);
        assertEquals(2, bf.outside());
        assertTrue(bf.inSupport(0));
        assertEquals(1, bf.firstFrame());
        OutOfSupportException e = assertThrows(OutOfSupportException.class, () -> b.toBinsStrict(bad, 3, "val.npy"));
        assertEquals(1, e.frame());
        assertEquals(0, e.token());
        assertEquals(2, e.count());
        assertTrue(e.getMessage().startsWith("val.npy: frame 1, token 0: BOND of"), e.getMessage());
    }
}
