package org.arbg.energy.system;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting for OpenMM expressions, matching the values OpenMM's Python layer writes into them. */
final class GbNumbers {
    private GbNumbers() {
    }

    /** Python's "%.16g": 16 significant digits, correctly rounded from the exact binary value. */
    static String g16(double x) {
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(16, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return d.toPlainString();
    }

    /** Python's str(x) for a float: the shortest text that reads back as the same double, in plain notation. */
    static String repr(double x) {
        return new BigDecimal(Double.toString(x)).toPlainString();
    }
}
