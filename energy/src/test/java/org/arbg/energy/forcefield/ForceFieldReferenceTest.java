package org.arbg.energy.forcefield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/**
 * Term-by-term comparison of {@link SystemParameters} with Systems that OpenMM 7.7's own
 * {@code ForceField.createSystem} serialized (test-data/reference). Atom indices are part of every term, so
 * a wrong template match, a wrong improper order or a missing term fails.
 */
class ForceFieldReferenceTest {
    private static final double REL = 1e-6;

    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void massesMatch(ReferenceCase c) throws Exception {
        assertRows("masses", rowsOf(c.system().masses()), rowsOf(c.build().massesAmu()));
    }

    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void bondsMatch(ReferenceCase c) throws Exception {
        List<double[]> expected = new ArrayList<>();
        for (Element b : SerializedSystem.rows(SerializedSystem.child(c.system().force("HarmonicBondForce"), "Bonds"),
                "Bond")) {
            int p1 = SerializedSystem.i(b, "p1");
            int p2 = SerializedSystem.i(b, "p2");
            expected.add(new double[] {Math.min(p1, p2), Math.max(p1, p2), SerializedSystem.d(b, "d"),
                    SerializedSystem.d(b, "k")});
        }
        List<double[]> actual = c.build().bonds().stream()
                .map(b -> new double[] {Math.min(b.atom1(), b.atom2()), Math.max(b.atom1(), b.atom2()), b.lengthNm(), b.k()})
                .toList();
        assertRows("bonds", expected, actual);
    }

    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void anglesMatch(ReferenceCase c) throws Exception {
        List<double[]> expected = new ArrayList<>();
        for (Element a : SerializedSystem.rows(SerializedSystem.child(c.system().force("HarmonicAngleForce"), "Angles"),
                "Angle")) {
            expected.add(angle(SerializedSystem.i(a, "p1"), SerializedSystem.i(a, "p2"), SerializedSystem.i(a, "p3"),
                    SerializedSystem.d(a, "a"), SerializedSystem.d(a, "k")));
        }
        List<double[]> actual = c.build().angles().stream()
                .map(a -> angle(a.atom1(), a.atom2(), a.atom3(), a.angleRad(), a.k())).toList();
        assertRows("angles", expected, actual);
    }

    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void torsionsMatchIncludingImproperAtomOrder(ReferenceCase c) throws Exception {
        List<double[]> expected = new ArrayList<>();
        for (Element t : SerializedSystem.rows(SerializedSystem.child(c.system().force("PeriodicTorsionForce"),
                "Torsions"), "Torsion")) {
            expected.add(new double[] {SerializedSystem.i(t, "p1"), SerializedSystem.i(t, "p2"),
                    SerializedSystem.i(t, "p3"), SerializedSystem.i(t, "p4"), SerializedSystem.i(t, "periodicity"),
                    SerializedSystem.d(t, "phase"), SerializedSystem.d(t, "k")});
        }
        List<double[]> actual = c.build().torsions().stream().map(t -> new double[] {t.atom1(), t.atom2(), t.atom3(),
                t.atom4(), t.periodicity(), t.phaseRad(), t.k()}).toList();
        assertRows("torsions", expected, actual);
    }

    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void nonbondedMatches(ReferenceCase c) throws Exception {
        Element f = c.system().force("NonbondedForce");
        NonbondedParameters nb = c.build().nonbonded().orElseThrow();
        assertEquals(SerializedSystem.i(f, "method"), nb.method().ordinal(), "method");
        assertClose("cutoff", SerializedSystem.d(f, "cutoff"), nb.cutoffNm());
        assertClose("reaction-field dielectric", SerializedSystem.d(f, "rfDielectric"), nb.reactionFieldDielectric());
        assertEquals(SerializedSystem.i(f, "dispersionCorrection") == 1, nb.useDispersionCorrection());
        List<double[]> expected = new ArrayList<>();
        for (Element p : SerializedSystem.rows(SerializedSystem.child(f, "Particles"), "Particle")) {
            expected.add(new double[] {expected.size(), SerializedSystem.d(p, "q"), SerializedSystem.d(p, "sig"),
                    SerializedSystem.d(p, "eps")});
        }
        List<double[]> actual = new ArrayList<>();
        for (NonbondedParticle p : nb.particles()) {
            actual.add(new double[] {actual.size(), p.charge(), p.sigmaNm(), p.epsilon()});
        }
        assertRows("nonbonded particles", expected, actual);
        List<double[]> expectedEx = new ArrayList<>();
        for (Element e : SerializedSystem.rows(SerializedSystem.child(f, "Exceptions"), "Exception")) {
            int p1 = SerializedSystem.i(e, "p1");
            int p2 = SerializedSystem.i(e, "p2");
            expectedEx.add(new double[] {Math.min(p1, p2), Math.max(p1, p2), SerializedSystem.d(e, "q"),
                    SerializedSystem.d(e, "sig"), SerializedSystem.d(e, "eps")});
        }
        List<double[]> actualEx = nb.exceptions().stream().map(e -> new double[] {Math.min(e.atom1(), e.atom2()),
                Math.max(e.atom1(), e.atom2()), e.chargeProduct(), e.sigmaNm(), e.epsilon()}).toList();
        assertRows("exceptions", expectedEx, actualEx);
    }

    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void implicitSolventMatches(ReferenceCase c) throws Exception {
        SerializedSystem sys = c.system();
        ImplicitSolventParameters gb = c.build().implicitSolvent().orElseThrow();
        List<double[]> expected = new ArrayList<>();
        List<double[]> actual = new ArrayList<>();
        Element f;
        if (gb instanceof GbsaObcParameters obc) {
            f = sys.force("GBSAOBCForce");
            for (Element p : SerializedSystem.rows(SerializedSystem.child(f, "Particles"), "Particle")) {
                expected.add(new double[] {expected.size(), SerializedSystem.d(p, "q"), SerializedSystem.d(p, "r"),
                        SerializedSystem.d(p, "scale")});
            }
            for (GbsaObcParticle p : obc.particles()) {
                actual.add(new double[] {actual.size(), p.charge(), p.radiusNm(), p.scale()});
            }
            assertClose("solvent dielectric", SerializedSystem.d(f, "solventDielectric"), obc.solventDielectric());
            assertClose("solute dielectric", SerializedSystem.d(f, "soluteDielectric"), obc.soluteDielectric());
            assertClose("surface area energy", SerializedSystem.d(f, "surfaceAreaEnergy"), obc.surfaceAreaEnergy());
        } else {
            CustomObcParameters obc = (CustomObcParameters) gb;
            f = sys.force("CustomGBForce");
            assertEquals(ImplicitSolventScript.OBC1, obc.variant());
            for (Element p : SerializedSystem.rows(SerializedSystem.child(f, "Particles"), "Particle")) {
                expected.add(new double[] {expected.size(), SerializedSystem.d(p, "param1"),
                        SerializedSystem.d(p, "param2"), SerializedSystem.d(p, "param3")});
            }
            for (CustomObcParticle p : obc.particles()) {
                actual.add(new double[] {actual.size(), p.charge(), p.offsetRadiusNm(), p.scaledRadiusNm()});
            }
            String energy = SerializedSystem.child(SerializedSystem.child(f, "EnergyTerms"), "Term")
                    .getAttribute("expression");
            assertTrue(energy.contains("solventDielectric=" + fmt(obc.solventDielectric())), energy);
            assertTrue(energy.contains("soluteDielectric=" + fmt(obc.soluteDielectric())), energy);
            assertTrue(energy.contains("kappa=" + fmt(obc.kappaPerNm())), energy);
        }
        assertEquals(SerializedSystem.i(f, "method"), gb.method().ordinal(), "GB method");
        assertClose("GB cutoff", SerializedSystem.d(f, "cutoff"), gb.cutoffNm());
        assertRows("GB particles", expected, actual);
    }

    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void sameForcesAsOpenMM(ReferenceCase c) throws Exception {
        SystemParameters p = c.build();
        List<String> types = c.system().forceTypes();
        assertEquals(types.contains("CMMotionRemover"), p.removeCMMotion());
        assertEquals(types.contains("CMAPTorsionForce"), p.cmap().isPresent());
        assertEquals(types.contains("GBSAOBCForce"), p.implicitSolvent().orElseThrow() instanceof GbsaObcParameters);
        assertEquals(types.contains("CustomGBForce"), p.implicitSolvent().orElseThrow() instanceof CustomObcParameters);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static double[] angle(int a, int b, int c, double theta, double k) {
        return a < c ? new double[] {a, b, c, theta, k} : new double[] {c, b, a, theta, k};
    }

    private static List<double[]> rowsOf(double[] values) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new double[] {i, values[i]});
        }
        return out;
    }

    /** Compares two row multisets, order-independent, with a relative tolerance. */
    static void assertRows(String what, List<double[]> expected, List<double[]> actual) {
        Comparator<double[]> cmp = Arrays::compare;
        List<double[]> e = new ArrayList<>(expected);
        List<double[]> a = new ArrayList<>(actual);
        e.sort(cmp);
        a.sort(cmp);
        assertEquals(e.size(), a.size(), what + ": number of terms");
        for (int r = 0; r < e.size(); r++) {
            double[] x = e.get(r);
            double[] y = a.get(r);
            assertEquals(x.length, y.length);
            for (int k = 0; k < x.length; k++) {
                if (!close(x[k], y[k])) {
                    throw new AssertionError(what + ": row " + r + " differs: OpenMM " + Arrays.toString(x)
                            + ", arbg " + Arrays.toString(y));
                }
            }
        }
    }

    static void assertClose(String what, double expected, double actual) {
        assertTrue(close(expected, actual), what + ": OpenMM " + expected + ", arbg " + actual);
    }

    static boolean close(double x, double y) {
        return Math.abs(x - y) <= REL * Math.max(Math.abs(x), Math.abs(y)) + 1e-12;
    }
}
