package org.arbg.adapters.io;

import java.util.Optional;

/**
 * A periodic unit cell as edge lengths (nm) and angles (degrees): alpha between b and c, beta between a and c,
 * gamma between a and b. A rectangular box has all angles 90.
 *
 * @param aNm      length of the first box vector in nm
 * @param bNm      length of the second box vector in nm
 * @param cNm      length of the third box vector in nm
 * @param alphaDeg angle between b and c in degrees
 * @param betaDeg  angle between a and c in degrees
 * @param gammaDeg angle between a and b in degrees
 */
public record UnitCell(double aNm, double bNm, double cNm, double alphaDeg, double betaDeg, double gammaDeg) {
    public UnitCell {
        if (!(Double.isFinite(aNm) && Double.isFinite(bNm) && Double.isFinite(cNm) && Double.isFinite(alphaDeg)
                && Double.isFinite(betaDeg) && Double.isFinite(gammaDeg))) {
            throw new IllegalArgumentException("unit cell values must be finite: " + aNm + ", " + bNm + ", " + cNm
                    + ", " + alphaDeg + ", " + betaDeg + ", " + gammaDeg);
        }
    }

    /** A rectangular box with these edge lengths in nm. */
    public static UnitCell rectangular(double aNm, double bNm, double cNm) {
        return new UnitCell(aNm, bNm, cNm, 90, 90, 90);
    }

    /** A rectangular box from three edge lengths in nm ({@code {a, b, c}}). */
    public static UnitCell rectangular(double[] lengthsNm) {
        if (lengthsNm.length != 3) {
            throw new IllegalArgumentException("a box needs 3 edge lengths, got " + lengthsNm.length);
        }
        return rectangular(lengthsNm[0], lengthsNm[1], lengthsNm[2]);
    }

    /** The three edge lengths in nm, {@code {a, b, c}} (a new array). */
    public double[] lengthsNm() {
        return new double[] {aNm, bNm, cNm};
    }

    /**
     * The cell from three box vectors in nm, row-major {@code {ax, ay, az, bx, by, bz, cx, cy, cz}}.
     * Returns empty when all vectors are zero (formats such as XTC write zeros for "no box").
     */
    public static Optional<UnitCell> fromVectorsNm(double[] v) {
        double a = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        double b = Math.sqrt(v[3] * v[3] + v[4] * v[4] + v[5] * v[5]);
        double c = Math.sqrt(v[6] * v[6] + v[7] * v[7] + v[8] * v[8]);
        if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c)) || a == 0 || b == 0 || c == 0) {
            return Optional.empty();
        }
        double alpha = angleDeg(v[3], v[4], v[5], v[6], v[7], v[8], b, c);
        double beta = angleDeg(v[0], v[1], v[2], v[6], v[7], v[8], a, c);
        double gamma = angleDeg(v[0], v[1], v[2], v[3], v[4], v[5], a, b);
        return Optional.of(new UnitCell(a, b, c, alpha, beta, gamma));
    }

    private static double angleDeg(double x1, double y1, double z1, double x2, double y2, double z2,
                                   double n1, double n2) {
        double cos = (x1 * x2 + y1 * y2 + z1 * z2) / (n1 * n2);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    /**
     * Box vectors in nm in OpenMM's reduced form (a along x, b in the xy plane), row-major 3x3.
     * Right angles give exact zeros off the diagonal.
     */
    public double[] vectorsNm() {
        double cosA = cosDeg(alphaDeg);
        double cosB = cosDeg(betaDeg);
        double cosG = cosDeg(gammaDeg);
        double sinG = gammaDeg == 90 ? 1 : Math.sin(Math.toRadians(gammaDeg));
        double bx = bNm * cosG;
        double by = bNm * sinG;
        double cx = cNm * cosB;
        double cy = cNm * (cosA - cosB * cosG) / sinG;
        double cz = Math.sqrt(Math.max(0, cNm * cNm - cx * cx - cy * cy));
        return new double[] {aNm, 0, 0, bx, by, 0, cx, cy, cz};
    }

    private static double cosDeg(double deg) {
        return deg == 90 ? 0 : Math.cos(Math.toRadians(deg));
    }
}
