package org.arbg.adapters.ic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.junit.jupiter.api.Test;

class InternalCoordinateTransformTest {

    /** Largest per-atom deviation (nm) over all frames after optimal superposition. */
    private static double maxRoundTripDeviation(double[] xyz, double[] back, int numAtoms, int numFrames) {
        double max = 0;
        for (int f = 0; f < numFrames; f++) {
            max = Math.max(max, RigidSuperposition.maxDeviation(IcTestData.frame(back, numAtoms, f),
                    IcTestData.frame(xyz, numAtoms, f)));
        }
        return max;
    }

    @Test
    void roundTripOnAll501AlanineDipeptideFrames() {
        Topology t = IcTestData.aldp().topology();
        double[] xyz = IcTestData.aldpFrames();
        int frames = xyz.length / (3 * 22);
        assertEquals(501, frames);
        InternalCoordinateTransform tr = new InternalCoordinateTransform(ZMatrix.fromTopology(t));
        InternalFrames ic = tr.toInternal(xyz, frames);
        CartesianFrames back = tr.toCartesian(ic.values(), frames);
        assertTrue(maxRoundTripDeviation(xyz, back.positionsNm(), 22, frames) < 1e-6);
        assertArrayEquals(ic.logDetInternalToCartesian(), back.logDetInternalToCartesian(), 1e-9);
        // and back again: the same internal coordinates
        assertArrayEquals(ic.values(), tr.toInternal(back.positionsNm(), frames).values(), 1e-9);
    }

    @Test
    void roundTripOnPerturbedChignolin() {
        Structure s = IcTestData.chignolin();
        int n = s.topology().numAtoms();
        int frames = 20;
        double[] xyz = IcTestData.perturbed(s.positionsNm(), frames, 0.005, 11);
        InternalCoordinateTransform tr = new InternalCoordinateTransform(ZMatrix.fromTopology(s.topology()));
        CartesianFrames back = tr.toCartesian(tr.toInternal(xyz, frames).values(), frames);
        double dev = maxRoundTripDeviation(xyz, back.positionsNm(), n, frames);
        assertTrue(dev < 1e-6, "max deviation " + dev);
    }

    @Test
    void roundTripOnChignolinHeavyAtomsBondedByDistance() {
        Structure s = IcTestData.chignolinHeavyByDistance();
        InternalCoordinateTransform tr = new InternalCoordinateTransform(ZMatrix.fromTopology(s.topology()));
        double[] xyz = IcTestData.perturbed(s.positionsNm(), 5, 0.003, 3);
        CartesianFrames back = tr.toCartesian(tr.toInternal(xyz, 5).values(), 5);
        assertTrue(maxRoundTripDeviation(xyz, back.positionsNm(), s.topology().numAtoms(), 5) < 1e-6);
    }

    @Test
    void superpositionCheckCanFail() {
        // the round-trip criterion must notice a wrong torsion: flip one and compare
        Structure s = IcTestData.aldp();
        InternalCoordinateTransform tr = new InternalCoordinateTransform(ZMatrix.fromTopology(s.topology()));
        double[] ic = tr.toInternal(s.positionsNm(), 1).values();
        ic[tr.numTokens() - 1] += 0.01;
        double[] back = tr.toCartesian(ic, 1).positionsNm();
        assertTrue(RigidSuperposition.maxDeviation(back, s.positionsNm()) > 1e-4);
    }

    @Test
    void geometryMatchesNumpyReference() throws IOException {
        Topology t = IcTestData.aldp().topology();
        ZMatrix z = ZMatrix.fromTopology(t);
        int c0 = ZMatrixTest.atom(t, 0, "C");
        int n1 = ZMatrixTest.atom(t, 1, "N");
        int ca1 = ZMatrixTest.atom(t, 1, "CA");
        int c1 = ZMatrixTest.atom(t, 1, "C");
        int o1 = ZMatrixTest.atom(t, 1, "O");
        int n2 = ZMatrixTest.atom(t, 2, "N");
        // the rows that carry phi and psi, and the reference columns they should equal
        int rowC1 = z.position(c1);
        assertEquals(new ZMatrixRow(c1, ca1, n1, c0), z.row(rowC1));
        int rowN2 = z.position(n2);
        assertEquals(new ZMatrixRow(n2, c1, ca1, n1), z.row(rowN2));
        int rowO1 = z.position(o1);
        assertEquals(c1, z.row(rowO1).bond());
        assertEquals(ca1, z.row(rowO1).angle());

        double[] xyz = IcTestData.aldpFrames();
        InternalFrames ic = new InternalCoordinateTransform(z).toInternal(xyz, 501);
        List<String> lines = Files.readAllLines(TestData.path("reference/frame0-geometry.tsv"));
        int f = 0;
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            assertEquals(f, Integer.parseInt(c[0]));
            assertEquals(wrap(Double.parseDouble(c[1])), ic.value(f, ZMatrix.firstToken(rowC1) + 2), 1e-9, "phi " + f);
            assertEquals(wrap(Double.parseDouble(c[2])), ic.value(f, ZMatrix.firstToken(rowN2) + 2), 1e-9, "psi " + f);
            assertEquals(Double.parseDouble(c[3]), ic.value(f, ZMatrix.firstToken(rowC1)), 1e-9, "CA-C " + f);
            assertEquals(Double.parseDouble(c[4]), ic.value(f, ZMatrix.firstToken(rowC1) + 1), 1e-9, "N-CA-C " + f);
            assertEquals(Double.parseDouble(c[5]), ic.value(f, ZMatrix.firstToken(rowO1) + 1), 1e-9, "CA-C-O " + f);
            f++;
        }
        assertEquals(501, f);
    }

    private static double wrap(double phi) {
        return phi >= Math.PI ? phi - 2 * Math.PI : phi;
    }

    @Test
    void rangesAndCanonicalFrame() {
        Structure s = IcTestData.chignolin();
        ZMatrix z = ZMatrix.fromTopology(s.topology());
        InternalCoordinateTransform tr = new InternalCoordinateTransform(z);
        int frames = 10;
        InternalFrames ic = tr.toInternal(IcTestData.perturbed(s.positionsNm(), frames, 0.01, 5), frames);
        for (int f = 0; f < frames; f++) {
            for (int j = 0; j < tr.numTokens(); j++) {
                double v = ic.value(f, j);
                switch (z.kindOfToken(j)) {
                    case BOND -> assertTrue(v > 0.05 && v < 0.25, "bond " + v);
                    case ANGLE -> assertTrue(v >= 0 && v <= Math.PI, "angle " + v);
                    case TORSION -> assertTrue(v >= -Math.PI && v < Math.PI, "torsion " + v);
                }
            }
        }
        double[] x = tr.toCartesian(ic.values(), frames).positionsNm();
        int[] order = z.order();
        int a0 = 3 * order[0], a1 = 3 * order[1], a2 = 3 * order[2];
        assertArrayEquals(new double[] {0, 0, 0}, new double[] {x[a0], x[a0 + 1], x[a0 + 2]});
        assertTrue(x[a1] > 0 && x[a1 + 1] == 0 && x[a1 + 2] == 0);
        assertTrue(x[a2 + 1] > 0 && x[a2 + 2] == 0);
        // torsion exactly at pi comes out as -pi
        double[] sq = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, -1, 0};
        ZMatrix chain = new ZMatrix(List.of(new ZMatrixRow(0, -1, -1, -1), new ZMatrixRow(1, 0, -1, -1),
                new ZMatrixRow(2, 1, 0, -1), new ZMatrixRow(3, 0, 1, 2)), List.of("A", "B", "C", "D"));
        assertEquals(-Math.PI, new InternalCoordinateTransform(chain).toInternal(sq, 1).value(0, 5));
    }

    @Test
    void perturbingOneTokenMovesOnlyAtomsPlacedFromItOn() {
        Structure s = IcTestData.chignolin();
        ZMatrix z = ZMatrix.fromTopology(s.topology());
        InternalCoordinateTransform tr = new InternalCoordinateTransform(z);
        double[] ic = tr.toInternal(s.positionsNm(), 1).values();
        double[] x0 = tr.toCartesian(ic, 1).positionsNm();
        for (int token : new int[] {0, 2, 50, 51, 52, 200, tr.numTokens() - 1}) {
            double[] p = ic.clone();
            p[token] += 0.05;
            double[] x1 = tr.toCartesian(p, 1).positionsNm();
            int row = z.rowOfToken(token);
            for (int k = 0; k < z.numAtoms(); k++) {
                int a = 3 * z.order()[k];
                boolean same = x0[a] == x1[a] && x0[a + 1] == x1[a + 1] && x0[a + 2] == x1[a + 2];
                if (k < row) {
                    assertTrue(same, "token " + token + " moved row " + k);
                } else if (k == row) {
                    assertTrue(!same, "token " + token + " did not move its own atom");
                }
            }
            // and no other internal coordinate changes
            double[] back = tr.toInternal(x1, 1).values();
            for (int j = 0; j < back.length; j++) {
                double d = back[j] - p[j];
                if (z.kindOfToken(j).periodic()) {
                    d = Math.IEEEremainder(d, 2 * Math.PI); // the perturbed torsion may wrap past pi
                }
                assertEquals(0, d, 1e-9, "token " + j + " after perturbing " + token);
            }
        }
    }

    @Test
    void threadsOnDisjointRangesGiveTheSameResult() throws InterruptedException {
        Structure s = IcTestData.chignolin();
        InternalCoordinateTransform tr = new InternalCoordinateTransform(ZMatrix.fromTopology(s.topology()));
        int frames = 40;
        double[] xyz = IcTestData.perturbed(s.positionsNm(), frames, 0.01, 9);
        InternalFrames one = tr.toInternal(xyz, frames);
        double[] ic = new double[one.values().length];
        double[] logDet = new double[frames];
        Thread a = new Thread(() -> tr.toInternal(xyz, 0, 17, ic, logDet));
        Thread b = new Thread(() -> tr.toInternal(xyz, 17, frames, ic, logDet));
        a.start();
        b.start();
        a.join();
        b.join();
        assertArrayEquals(one.values(), ic);
        assertArrayEquals(one.logDetInternalToCartesian(), logDet);
        double[] xyzBack = new double[xyz.length];
        double[] logDetBack = new double[frames];
        tr.toCartesian(ic, 0, frames, xyzBack, logDetBack);
        assertArrayEquals(tr.toCartesian(ic, frames).positionsNm(), xyzBack);
        assertArrayEquals(logDetBack, tr.logDetInternalToCartesian(ic, frames), 1e-12);
    }

    @Test
    void logDetIsTheFormulaOfTheArchitecture() {
        Structure s = IcTestData.aldp();
        ZMatrix z = ZMatrix.fromTopology(s.topology());
        InternalFrames ic = new InternalCoordinateTransform(z).toInternal(s.positionsNm(), 1);
        double expected = 2 * Math.log(ic.value(0, 0)) + 2 * Math.log(ic.value(0, 1)) + Math.log(Math.sin(ic.value(0, 2)));
        for (int k = 3; k < z.numAtoms(); k++) {
            int j = ZMatrix.firstToken(k);
            expected += 2 * Math.log(ic.value(0, j)) + Math.log(Math.sin(ic.value(0, j + 1)));
        }
        assertEquals(expected, ic.logDetInternalToCartesian()[0], 1e-12);
        assertNotEquals(0.0, expected);
    }

    @Test
    void badInputIsNamed() {
        Structure s = IcTestData.aldp();
        InternalCoordinateTransform tr = new InternalCoordinateTransform(ZMatrix.fromTopology(s.topology()));
        double[] xyz = IcTestData.perturbed(s.positionsNm(), 5, 0.001, 1);
        xyz[3 * 22 * 3 + 3 * 7 + 1] = Double.NaN;
        BadInputException e = assertThrows(BadInputException.class, () -> tr.toInternal(xyz, 5));
        assertEquals("frame 3, atom 7 (H)", e.place());
        BadInputException count = assertThrows(BadInputException.class,
                () -> tr.toInternal(new double[3 * 23 * 2], 2));
        assertTrue(count.getMessage().contains("69 per frame"), count.getMessage());
        double[] ic = new double[60 * 2];
        java.util.Arrays.fill(ic, 1.0);
        ic[60 + 4] = Double.POSITIVE_INFINITY;
        BadInputException icError = assertThrows(BadInputException.class, () -> tr.toCartesian(ic, 2));
        assertTrue(icError.place().startsWith("frame 1, token 4 (ANGLE of atom"), icError.place());
        assertThrows(BadInputException.class, () -> tr.toCartesian(new double[59], 1));
    }
}
