package org.arbg.adapters.ic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.arbg.adapters.topology.Structure;
import org.junit.jupiter.api.Test;

/**
 * Checks log|J| against a numerical determinant of the full 3N → 3N map
 * (translation t, rotation vector ω, internal coordinates) ↦ x = exp([ω]×) X(ic) + t.
 *
 * <p>Rigid part: at ω = 0 the Jacobian is block lower-triangular (atom k's position depends on rows ≤ k);
 * the 9×9 block of the first three atoms over (t, ω, r₂, r₃, θ₃) has |det| = r₂² r₃² sin θ₃ exactly, since
 * ∂x/∂ω = ω-generator × x and dμ(rotation) in rotation-vector coordinates has density 1 at ω = 0. So the
 * rigid-motion coordinates contribute exactly log 1 = 0 and the numerical log|det| is compared with the
 * analytic value directly; the difference between two conformations is checked as well.
 */
class JacobianFiniteDifferenceTest {
    private static final double H = 1e-6;

    @Test
    void handMadeSixAtomZMatrixWithChainAndImproperRows() {
        // row 2 hangs on the first atom; row 4 is improper (torsion reference bonded to the bond reference)
        ZMatrix z = new ZMatrix(List.of(new ZMatrixRow(0, -1, -1, -1), new ZMatrixRow(1, 0, -1, -1),
                new ZMatrixRow(2, 0, 1, -1), new ZMatrixRow(3, 1, 0, 2), new ZMatrixRow(4, 1, 0, 3),
                new ZMatrixRow(5, 3, 1, 0)), List.of("A", "B", "C", "D", "E", "F"));
        InternalCoordinateTransform tr = new InternalCoordinateTransform(z);
        double[] icA = {0.153, 0.101, 1.91, 0.133, 2.02, -1.1, 0.145, 1.83, 2.4, 0.121, 2.1, 0.35};
        double[] icB = {0.149, 0.109, 1.71, 0.141, 1.95, 2.7, 0.152, 2.22, -0.6, 0.098, 1.68, -2.9};
        double fdA = numericalLogDet(tr, icA);
        double fdB = numericalLogDet(tr, icB);
        double anA = tr.logDetInternalToCartesian(icA, 1)[0];
        double anB = tr.logDetInternalToCartesian(icB, 1)[0];
        assertEquals(anA, fdA, 1e-6);
        assertEquals(anB, fdB, 1e-6);
        assertEquals(anA - anB, fdA - fdB, 1e-6);
        assertEquals(anA, tr.toCartesian(icA, 1).logDetInternalToCartesian()[0], 1e-12);
    }

    @Test
    void alanineDipeptideFromItsTopology() {
        Structure s = IcTestData.aldp();
        InternalCoordinateTransform tr = new InternalCoordinateTransform(ZMatrix.fromTopology(s.topology()));
        InternalFrames ic = tr.toInternal(IcTestData.aldpFrames(), 501);
        for (int f : new int[] {0, 250}) {
            double[] one = new double[tr.numTokens()];
            System.arraycopy(ic.values(), f * one.length, one, 0, one.length);
            assertEquals(ic.logDetInternalToCartesian()[f], numericalLogDet(tr, one), 1e-6, "frame " + f);
        }
    }

    /** log|det| of the 3N × 3N Jacobian of (t, ω, ic) ↦ x at t = 0, ω = 0, by central differences. */
    static double numericalLogDet(InternalCoordinateTransform tr, double[] ic) {
        int n3 = 3 * tr.numAtoms();
        double[][] jac = new double[n3][n3];
        double[] p = new double[n3];
        System.arraycopy(ic, 0, p, 6, ic.length);
        for (int c = 0; c < n3; c++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[c] += H;
            minus[c] -= H;
            double[] xp = fullMap(tr, plus);
            double[] xm = fullMap(tr, minus);
            for (int r = 0; r < n3; r++) {
                jac[r][c] = (xp[r] - xm[r]) / (2 * H);
            }
        }
        return logAbsDet(jac);
    }

    /** x = R(ω) X(ic) + t with p = (t, ω, ic); R by Rodrigues' formula. */
    static double[] fullMap(InternalCoordinateTransform tr, double[] p) {
        double[] ic = new double[p.length - 6];
        System.arraycopy(p, 6, ic, 0, ic.length);
        double[] x = tr.toCartesian(ic, 1).positionsNm();
        double wx = p[3], wy = p[4], wz = p[5];
        double angle = Math.sqrt(wx * wx + wy * wy + wz * wz);
        double[][] r = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        if (angle > 0) {
            double kx = wx / angle, ky = wy / angle, kz = wz / angle;
            double[][] k = {{0, -kz, ky}, {kz, 0, -kx}, {-ky, kx, 0}};
            double s = Math.sin(angle), c1 = 1 - Math.cos(angle);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double kk = 0;
                    for (int m = 0; m < 3; m++) {
                        kk += k[i][m] * k[m][j];
                    }
                    r[i][j] += s * k[i][j] + c1 * kk;
                }
            }
        }
        double[] out = new double[x.length];
        for (int a = 0; a < x.length; a += 3) {
            for (int i = 0; i < 3; i++) {
                out[a + i] = p[i] + r[i][0] * x[a] + r[i][1] * x[a + 1] + r[i][2] * x[a + 2];
            }
        }
        return out;
    }

    /** log|det| by LU decomposition with partial pivoting. */
    static double logAbsDet(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        double logDet = 0;
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[piv];
            a[piv] = tmp;
            double d = a[col][col];
            logDet += Math.log(Math.abs(d));
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / d;
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        return logDet;
    }
}
