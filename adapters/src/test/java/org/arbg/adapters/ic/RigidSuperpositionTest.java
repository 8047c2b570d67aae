package org.arbg.adapters.ic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RigidSuperpositionTest {

    @Test
    void findsARandomRotationAndTranslationButNotAMirror() {
        Random rng = new Random(3);
        double[] x = new double[3 * 30];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int trial = 0; trial < 20; trial++) {
            double[] q = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
            double norm = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
            double w = q[0] / norm, a = q[1] / norm, b = q[2] / norm, c = q[3] / norm;
            double[][] r = {
                {1 - 2 * (b * b + c * c), 2 * (a * b - w * c), 2 * (a * c + w * b)},
                {2 * (a * b + w * c), 1 - 2 * (a * a + c * c), 2 * (b * c - w * a)},
                {2 * (a * c - w * b), 2 * (b * c + w * a), 1 - 2 * (a * a + b * b)}};
            double[] y = new double[x.length];
            double[] mirror = new double[x.length];
            for (int i = 0; i < x.length; i += 3) {
                for (int p = 0; p < 3; p++) {
                    y[i + p] = 5 * p - 2 + r[p][0] * x[i] + r[p][1] * x[i + 1] + r[p][2] * x[i + 2];
                }
                mirror[i] = -y[i];
                mirror[i + 1] = y[i + 1];
                mirror[i + 2] = y[i + 2];
            }
            assertEquals(0, RigidSuperposition.maxDeviation(x, y), 1e-10);
            assertEquals(0, RigidSuperposition.rmsd(y, x), 1e-10);
            assertTrue(RigidSuperposition.rmsd(x, mirror) > 0.1);
        }
    }
}
