package org.arbg.workflows.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The basin BAR on a tilted 1-D double well u(x) = 3(x² − 1)² + 0.4x (kT), with x standing in for φ: proposals
 * from N(0, 1.1²) with their exact log q, "reference frames" drawn from exp(−u) exactly (rejection sampling),
 * and ΔF = −ln(P(x &gt; 0)/P(x &lt; 0)) from quadrature as the independent answer.
 */
class ReferenceConsistencyTest {
    private static final double Q_STD = 1.1;

    private static double u(double x) {
        return 3 * (x * x - 1) * (x * x - 1) + 0.4 * x;
    }

    private static double logQ(double x) {
        return -0.5 * (x / Q_STD) * (x / Q_STD) - Math.log(Q_STD) - 0.5 * Math.log(2 * Math.PI);
    }

    private static double exactDeltaF() {
        double pos = 0;
        double neg = 0;
        for (double x = -4; x <= 4; x += 1e-4) {
            double p = Math.exp(-u(x));
            if (x > 0) {
                pos += p;
            } else {
                neg += p;
            }
        }
        return -Math.log(pos / neg);
    }

    /** Rows (x, 0): x in the "φ" column. */
    private static AngleTable table(double[] x) {
        double[] v = new double[2 * x.length];
        for (int i = 0; i < x.length; i++) {
            v[2 * i] = x[i];
        }
        return new AngleTable(v, 2);
    }

    @Test
    void basinBarMatchesQuadratureAndTheSlopeIsOne() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 40_000;
        double[] xq = new double[n];
        double[] lwq = new double[n];
        for (int i = 0; i < n; i++) {
            xq[i] = Q_STD * r.nextGaussian();
            lwq[i] = -u(xq[i]) - logQ(xq[i]);
        }
        // rejection from q: accept with exp(lw − max lw), max over a fine grid
        double maxLw = Double.NEGATIVE_INFINITY;
        for (double x = -4; x <= 4; x += 1e-4) {
            maxLw = Math.max(maxLw, -u(x) - logQ(x));
        }
        int m = 10_000;
        double[] xp = new double[m];
        double[] up = new double[m];
        double[] logQp = new double[m];
        for (int k = 0; k < m; ) {
            double x = Q_STD * r.nextGaussian();
            if (Math.log(r.nextDouble()) < -u(x) - logQ(x) - maxLw) {
                xp[k] = x;
                up[k] = u(x);
                logQp[k] = logQ(x);
                k++;
            }
        }
        ReferenceConsistency c = ReferenceConsistency.compute(lwq, table(xq), up, logQp, table(xp),
                List.of("x", "y"), 50, new SplittableRandom(4));
        ReferenceConsistency.BasinBar b = c.basins().get(0);
        double exact = exactDeltaF();
        assertTrue(exact > 0.5, "the tilt makes x > 0 less likely: " + exact);
        assertEquals(exact, b.deltaFkT(), Math.max(0.05, 4 * b.bootstrapSeKT()), "BAR " + b.deltaFkT() + " ± "
                + b.bootstrapSeKT() + ", exact " + exact);
        assertTrue(b.bootstrapSeKT() > 0 && b.bootstrapSeKT() < 0.05, "se " + b.bootstrapSeKT());
        assertEquals(1.0, c.slope().slope(), Math.max(0.05, 4 * c.slope().standardError()));
        assertEquals(0, c.outsideSupport());
    }
}
