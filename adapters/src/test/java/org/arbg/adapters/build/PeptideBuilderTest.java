package org.arbg.adapters.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.PdbTrajectoryWriter;
import org.arbg.adapters.pdb.PdbReadOptions;
import org.arbg.adapters.pdb.PdbTopologyReader;
import org.arbg.adapters.topology.Bond;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeptideBuilderTest {
    @TempDir
    Path dir;

    @Test
    void parsesRepeats() {
        assertEquals(List.of("ACE", "ALA", "ALA", "ALA", "NME"), PeptideSequence.parse("ACE ALA*3 NME"));
        assertEquals(6, PeptideSequence.parse("ala*6").size());
        assertThrows(BadInputException.class, () -> PeptideSequence.parse("ALA*0"));
        assertThrows(BadInputException.class, () -> PeptideSequence.parse("  "));
    }

    @Test
    void cappedTrialanineHas42AtomsIdealBondsAndExtendedBackbone() throws Exception {
        Structure s = PeptideBuilder.build("ACE ALA ALA ALA NME");
        Topology top = s.topology();
        assertEquals(42, top.numAtoms());
        assertEquals(41, top.bonds().size());
        checkGeometry(s);
        double[] x = s.positionsNm();
        for (int r = 1; r <= 3; r++) {
            int n = atom(top, r, "N");
            int ca = atom(top, r, "CA");
            int c = atom(top, r, "C");
            int cPrev = atom(top, r - 1, "C");
            int nNext = atom(top, r + 1, "N");
            assertEquals(-150, dihedralDeg(x, cPrev, n, ca, c), 1e-6, "phi " + r);
            assertEquals(150, dihedralDeg(x, n, ca, c, nNext), 1e-6, "psi " + r);
            assertEquals(180, Math.abs(dihedralDeg(x, ca, c, nNext, atom(top, r + 1, r == 3 ? "C" : "CA"))),
                    1e-6, "omega " + r);
        }
        roundTripsThroughPdb(s);
    }

    @Test
    void zwitterionicHexaalanine() throws Exception {
        Structure s = PeptideBuilder.build("ALA*6");
        assertEquals(63, s.topology().numAtoms()); // 6 × 10 + H2, H3 on N + OXT
        checkGeometry(s);
        roundTripsThroughPdb(s);
    }

    @Test
    void sideChainsWithChiralBetaCarbons() throws Exception {
        Structure s = PeptideBuilder.build("ACE THR ILE VAL LEU SER CYS MET LYS ARG GLU GLN ASP ASN GLY NME");
        checkGeometry(s);
        roundTripsThroughPdb(s);
    }

    @Test
    void rejectsRingsAndUnknownResidues() {
        assertThrows(BadInputException.class, () -> PeptideBuilder.build("ACE PRO NME"));
        assertThrows(BadInputException.class, () -> PeptideBuilder.build("ACE XYZ NME"));
    }

    private static void checkGeometry(Structure s) {
        Topology top = s.topology();
        double[] x = s.positionsNm();
        IdealGeometry geo = new IdealGeometry(top);
        for (Bond b : top.bonds()) {
            assertEquals(geo.bondLength(b.atom1(), b.atom2()), dist(x, b.atom1(), b.atom2()), 1e-9,
                    top.describeAtom(b.atom1()) + " - " + top.describeAtom(b.atom2()));
        }
        // every angle at every centre is ideal: no two substituents share a slot
        for (int c = 0; c < top.numAtoms(); c++) {
            int[] nb = top.neighbors(c);
            for (int i = 0; i < nb.length; i++) {
                for (int j = i + 1; j < nb.length; j++) {
                    assertEquals(Math.toDegrees(geo.angle(c)), angleDeg(x, nb[i], c, nb[j]), 1e-6,
                            "angle at " + top.describeAtom(c));
                }
            }
        }
        assertTrue(PeptideBuilder.minNonbondedDistanceNm(top, x) > 0.1);
        for (int[] spec : ChiralSpecs.of(top)) {
            assertEquals(1, ChiralSpecs.sign(spec, x), "L configuration at " + top.describeAtom(spec[0]));
        }
    }

    private void roundTripsThroughPdb(Structure s) throws Exception {
        Path pdb = dir.resolve("built.pdb");
        try (PdbTrajectoryWriter w = PdbTrajectoryWriter.create(pdb, s.topology())) {
            w.writeFrame(s.positionsNm());
        }
        Structure back = new PdbTopologyReader().read(pdb, PdbReadOptions.defaults());
        assertEquals(s.topology().numAtoms(), back.topology().numAtoms());
        assertEquals(s.topology().bonds(), back.topology().bonds());
    }

    static int atom(Topology top, int residue, String name) {
        var r = top.residue(residue);
        for (int i = r.firstAtom(); i < r.endAtom(); i++) {
            if (top.atom(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no " + name + " in residue " + residue);
    }

    private static double dist(double[] x, int i, int j) {
        double s = 0;
        for (int d = 0; d < 3; d++) {
            s += (x[3 * i + d] - x[3 * j + d]) * (x[3 * i + d] - x[3 * j + d]);
        }
        return Math.sqrt(s);
    }

    private static double angleDeg(double[] x, int i, int c, int j) {
        double dot = 0;
        for (int d = 0; d < 3; d++) {
            dot += (x[3 * i + d] - x[3 * c + d]) * (x[3 * j + d] - x[3 * c + d]);
        }
        return Math.toDegrees(Math.acos(dot / (dist(x, i, c) * dist(x, j, c))));
    }

    /** IUPAC dihedral a–b–c–d in degrees: atan2(|b2| b1·(b2×b3), (b1×b2)·(b2×b3)). */
    static double dihedralDeg(double[] x, int a, int b, int c, int d) {
        double[] b1 = sub(x, b, a);
        double[] b2 = sub(x, c, b);
        double[] b3 = sub(x, d, c);
        double[] n2 = cross(b2, b3);
        return Math.toDegrees(Math.atan2(Math.sqrt(dot(b2, b2)) * dot(b1, n2), dot(cross(b1, b2), n2)));
    }

    private static double[] sub(double[] x, int i, int j) {
        return new double[] {x[3 * i] - x[3 * j], x[3 * i + 1] - x[3 * j + 1], x[3 * i + 2] - x[3 * j + 2]};
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }
}
