package org.arbg.adapters.ic;

/**
 * Optimal rigid superposition (rotation + translation, no reflection) of two conformations of the same
 * atoms, by Horn's quaternion method: the rotation is the top eigenvector of a symmetric 4×4 matrix built
 * from the cross-covariance, found by Jacobi sweeps. Equivalent to Kabsch without the reflection fix-up.
 */
public final class RigidSuperposition {
    private RigidSuperposition() {
    }

    /**
     * A copy of {@code mobile} rotated and translated onto {@code target} with the least squared deviation.
     *
     * @param mobile N × 3 positions (any length unit)
     * @param target N × 3 positions, same unit and atom order
     */
    public static double[] superpose(double[] mobile, double[] target) {
        if (mobile.length != target.length || mobile.length % 3 != 0 || mobile.length == 0) {
            throw new IllegalArgumentException("need two equal, non-empty N × 3 arrays, got " + mobile.length
                    + " and " + target.length);
        }
        int n = mobile.length / 3;
        double[] cm = centroid(mobile);
        double[] ct = centroid(target);
        double[][] s = new double[3][3];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 3; p++) {
                for (int q = 0; q < 3; q++) {
                    s[p][q] += (mobile[3 * i + p] - cm[p]) * (target[3 * i + q] - ct[q]);
                }
            }
        }
        double[][] k = {
            {s[0][0] + s[1][1] + s[2][2], s[1][2] - s[2][1], s[2][0] - s[0][2], s[0][1] - s[1][0]},
            {s[1][2] - s[2][1], s[0][0] - s[1][1] - s[2][2], s[0][1] + s[1][0], s[2][0] + s[0][2]},
            {s[2][0] - s[0][2], s[0][1] + s[1][0], -s[0][0] + s[1][1] - s[2][2], s[1][2] + s[2][1]},
            {s[0][1] - s[1][0], s[2][0] + s[0][2], s[1][2] + s[2][1], -s[0][0] - s[1][1] + s[2][2]}};
        double[] q = topEigenvector(k);
        double[][] r = rotation(q);
        double[] out = new double[mobile.length];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 3; p++) {
                double v = ct[p];
                for (int j = 0; j < 3; j++) {
                    v += r[p][j] * (mobile[3 * i + j] - cm[j]);
                }
                out[3 * i + p] = v;
            }
        }
        return out;
    }

    /** Root-mean-square deviation per atom after optimal superposition (same unit as the input). */
    public static double rmsd(double[] a, double[] b) {
        double[] s = superpose(a, b);
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            sum += (s[i] - b[i]) * (s[i] - b[i]);
        }
        return Math.sqrt(sum / (s.length / 3));
    }

    /** The largest per-atom distance after optimal superposition (same unit as the input). */
    public static double maxDeviation(double[] a, double[] b) {
        double[] s = superpose(a, b);
        double max = 0;
        for (int i = 0; i < s.length; i += 3) {
            double dx = s[i] - b[i], dy = s[i + 1] - b[i + 1], dz = s[i + 2] - b[i + 2];
            max = Math.max(max, Math.sqrt(dx * dx + dy * dy + dz * dz));
        }
        return max;
    }

    private static double[] centroid(double[] x) {
        double[] c = new double[3];
        for (int i = 0; i < x.length; i++) {
            c[i % 3] += x[i];
        }
        for (int p = 0; p < 3; p++) {
            c[p] /= x.length / 3;
        }
        return c;
    }

    /** Unit quaternion (w, x, y, z) → rotation matrix. */
    private static double[][] rotation(double[] q) {
        double w = q[0], x = q[1], y = q[2], z = q[3];
        return new double[][] {
            {w * w + x * x - y * y - z * z, 2 * (x * y - w * z), 2 * (x * z + w * y)},
            {2 * (x * y + w * z), w * w - x * x + y * y - z * z, 2 * (y * z - w * x)},
            {2 * (x * z - w * y), 2 * (y * z + w * x), w * w - x * x - y * y + z * z}};
    }

    /** Eigenvector of the largest eigenvalue of a symmetric 4×4 matrix (cyclic Jacobi rotations). */
    private static double[] topEigenvector(double[][] m) {
        double[][] a = new double[4][];
        for (int i = 0; i < 4; i++) {
            a[i] = m[i].clone();
        }
        double[][] v = new double[4][4];
        for (int i = 0; i < 4; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < 4; p++) {
                for (int q = p + 1; q < 4; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-300) {
                break;
            }
            for (int p = 0; p < 4; p++) {
                for (int q = p + 1; q < 4; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < 4; k++) {
                        double akp = a[k][p], akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < 4; k++) {
                        double apk = a[p][k], aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < 4; k++) {
                        double vkp = v[k][p], vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (a[i][i] > a[best][best]) {
                best = i;
            }
        }
        double[] q = {v[0][best], v[1][best], v[2][best], v[3][best]};
        double norm = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        for (int i = 0; i < 4; i++) {
            q[i] /= norm;
        }
        return q;
    }
}
