package org.arbg.adapters.ic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Atom;
import org.arbg.adapters.topology.Bond;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyBuilder;
import org.junit.jupiter.api.Test;

class ZMatrixTest {

    private static List<String> orderedNames(Topology t, ZMatrix z) {
        List<String> out = new ArrayList<>();
        for (int a : z.order()) {
            out.add(t.residueOf(a).name() + ":" + t.atom(a).name());
        }
        return out;
    }

    @Test
    void alanineDipeptideOrderIsBackboneFirstWithHydrogensAfterTheirParent() {
        Topology t = IcTestData.aldp().topology();
        ZMatrix z = ZMatrix.fromTopology(t);
        assertEquals(List.of("ACE:CH3", "ACE:C", "ACE:O", "ACE:H1", "ACE:H2", "ACE:H3",
                "ALA:N", "ALA:H", "ALA:CA", "ALA:HA", "ALA:C", "ALA:O", "ALA:CB", "ALA:HB1", "ALA:HB2", "ALA:HB3",
                "NME:N", "NME:H", "NME:C", "NME:H1", "NME:H2", "NME:H3"), orderedNames(t, z));
        assertEquals(60, z.numTokens());
        checkRowsBondedWithHeavyReferences(t, z);
    }

    @Test
    void chignolinWithHydrogensFollowsTheRules() {
        Topology t = IcTestData.chignolin().topology();
        assertEquals(166, t.numAtoms());
        ZMatrix z = ZMatrix.fromTopology(t);
        checkRowsBondedWithHeavyReferences(t, z);
        checkBackboneAndSideChainOrder(t, z);
        checkHydrogensFollowParents(t, z);
    }

    @Test
    void uncappedAndCharmmNamedPeptides() {
        for (String name : List.of("lsde-tetrapeptide", "ala-ala-ala-charmm-names")) {
            var s = IcTestData.withBonds(IcTestData.parsePdb(org.arbg.adapters.TestData.path("structures/" + name
                    + ".pdb")), IcTestData.readBonds(org.arbg.adapters.TestData.path("reference/" + name + ".bonds")));
            Topology t = s.topology();
            ZMatrix z = ZMatrix.fromTopology(t);
            checkRowsBondedWithHeavyReferences(t, z);
            checkHydrogensFollowParents(t, z);
            List<String> names = orderedNames(t, z);
            assertEquals(List.of(t.residue(0).name() + ":N", t.residue(0).name() + ":CA", t.residue(0).name() + ":C"),
                    names.subList(0, 3), name);
            var tr = new InternalCoordinateTransform(z);
            double[] xyz = IcTestData.perturbed(s.positionsNm(), 3, 0.002, 1);
            double[] back = tr.toCartesian(tr.toInternal(xyz, 3).values(), 3).positionsNm();
            for (int f = 0; f < 3; f++) {
                assertTrue(RigidSuperposition.maxDeviation(IcTestData.frame(back, t.numAtoms(), f),
                        IcTestData.frame(xyz, t.numAtoms(), f)) < 1e-6, name);
            }
        }
        // CHARMM C terminus: C, OT1, OT2 are backbone (O, OXT), before the side chain CB
        Topology ala3 = IcTestData.withBonds(IcTestData.parsePdb(org.arbg.adapters.TestData.path(
                "structures/ala-ala-ala-charmm-names.pdb")), IcTestData.readBonds(org.arbg.adapters.TestData.path(
                "reference/ala-ala-ala-charmm-names.bonds"))).topology();
        List<String> names = orderedNames(ala3, ZMatrix.fromTopology(ala3));
        int c = names.lastIndexOf("ALA:C");
        assertEquals(List.of("ALA:C", "ALA:OT1", "ALA:OT2", "ALA:CB"), names.subList(c, c + 4));
    }

    @Test
    void chignolinHeavyAtomsBondedByDistanceHandlesRings() {
        Topology t = IcTestData.chignolinHeavyByDistance().topology();
        assertEquals(93, t.numAtoms());
        ZMatrix z = ZMatrix.fromTopology(t);
        checkRowsBondedWithHeavyReferences(t, z);
        checkBackboneAndSideChainOrder(t, z);
        // Pro: CB and CD hang on the backbone (depth 1), CG closes the ring N-CA-CB-CG-CD on the later of them
        int pro = 3;
        int cb = atom(t, pro, "CB");
        int cd = atom(t, pro, "CD");
        assertEquals(atom(t, pro, "N"), z.row(z.position(cd)).bond());
        ZMatrixRow cg = z.row(z.position(atom(t, pro, "CG")));
        assertEquals(z.position(cb) > z.position(cd) ? cb : cd, cg.bond());
        // Trp: every ring atom placed, each side-chain row a bonded chain
        int trp = 8;
        for (String name : List.of("CG", "CD1", "CD2", "NE1", "CE2", "CE3", "CZ2", "CZ3", "CH2")) {
            ZMatrixRow r = z.row(z.position(atom(t, trp, name)));
            assertTrue(t.bonded(r.bond(), r.angle()) && t.bonded(r.angle(), r.torsion()), name + " " + r);
        }
    }

    @Test
    void orderDoesNotDependOnBondOrAtomOrderOfTheInput() {
        Topology t = IcTestData.chignolin().topology();
        ZMatrix z = ZMatrix.fromTopology(t);
        // bonds added in a shuffled order, atoms shuffled within every residue
        Random rng = new Random(7);
        int n = t.numAtoms();
        int[] newIndex = new int[n];
        TopologyBuilder b = new TopologyBuilder();
        List<Atom> shuffledAtoms = new ArrayList<>();
        for (Residue r : t.residues()) {
            if (r.firstAtom() == t.chains().get(r.chainIndex()).firstResidue() || r.index() == 0) {
                if (r.index() == t.chains().get(r.chainIndex()).firstResidue()) {
                    b.addChain(t.chains().get(r.chainIndex()).id());
                }
            }
            b.addResidue(r.name(), r.number(), r.insertionCode());
            List<Atom> atoms = new ArrayList<>(t.atoms().subList(r.firstAtom(), r.endAtom()));
            Collections.shuffle(atoms, rng);
            for (Atom a : atoms) {
                newIndex[a.index()] = b.addAtom(a.name(), a.element());
                shuffledAtoms.add(a);
            }
        }
        List<Bond> bonds = new ArrayList<>(t.bonds());
        Collections.shuffle(bonds, rng);
        for (Bond bond : bonds) {
            b.addBond(newIndex[bond.atom2()], newIndex[bond.atom1()]);
        }
        Topology shuffled = b.build();
        ZMatrix zs = ZMatrix.fromTopology(shuffled);
        assertEquals(orderedNames(t, z), orderedNames(shuffled, zs));
        for (int k = 0; k < n; k++) {
            ZMatrixRow r = z.row(k);
            ZMatrixRow s = zs.row(k);
            assertEquals(newIndex[r.atom()], s.atom());
            assertEquals(r.bond() < 0 ? -1 : newIndex[r.bond()], s.bond(), "row " + k);
            assertEquals(r.angle() < 0 ? -1 : newIndex[r.angle()], s.angle(), "row " + k);
            assertEquals(r.torsion() < 0 ? -1 : newIndex[r.torsion()], s.torsion(), "row " + k);
        }
        // same input twice: same digest
        assertEquals(z.digest(), ZMatrix.fromTopology(IcTestData.chignolin().topology()).digest());
    }

    @Test
    void digestIsPinnedForAlanineDipeptide() {
        // regression pin: models are tagged with this digest; change it only on purpose
        ZMatrix z = ZMatrix.fromTopology(IcTestData.aldp().topology());
        assertEquals(64, z.digest().length());
        assertEquals(ZMatrixPins.ALDP_DIGEST, z.digest());
    }

    @Test
    void disconnectedMoleculesAreRejectedListingUnreachableAtoms() {
        Topology aldp = IcTestData.aldp().topology();
        TopologyBuilder b = new TopologyBuilder();
        b.addChain("A");
        for (Residue r : aldp.residues()) {
            b.addResidue(r.name(), r.number(), "");
            for (int i = r.firstAtom(); i < r.endAtom(); i++) {
                b.addAtom(aldp.atom(i).name(), aldp.atom(i).element());
            }
        }
        for (Bond bond : aldp.bonds()) {
            b.addBond(bond.atom1(), bond.atom2());
        }
        b.addChain("W");
        b.addResidue("HOH", 1, "");
        int o = b.addAtom("O", Element.O);
        b.addBond(o, b.addAtom("H1", Element.H));
        b.addBond(o, b.addAtom("H2", Element.H));
        BadInputException e = assertThrows(BadInputException.class, () -> ZMatrix.fromTopology(b.build()));
        assertTrue(e.getMessage().contains("3 atom(s) cannot be reached"), e.getMessage());
        assertTrue(e.getMessage().contains("HOH 1 chain W atom O (index 22)"), e.getMessage());
        assertTrue(e.getMessage().contains("atom H2 (index 24)"), e.getMessage());
    }

    @Test
    void genericMoleculeStartsAtATerminalHeavyAtomOfALongestPath() {
        // 2-methylpropan-1-ol skeleton: C1(-C2(-C3)(-C4))-O; hydrogens on O and C1
        TopologyBuilder b = new TopologyBuilder();
        b.addChain("");
        b.addResidue("LIG", 1, "");
        int c2 = b.addAtom("C2", Element.C);
        int c3 = b.addAtom("C3", Element.C);
        int c4 = b.addAtom("C4", Element.C);
        int c1 = b.addAtom("C1", Element.C);
        int o = b.addAtom("O", Element.O);
        int ho = b.addAtom("HO", Element.H);
        int h1 = b.addAtom("H11", Element.H);
        b.addBond(c2, c3);
        b.addBond(c2, c4);
        b.addBond(c2, c1);
        b.addBond(c1, o);
        b.addBond(o, ho);
        b.addBond(c1, h1);
        Topology t = b.build();
        ZMatrix z = ZMatrix.fromTopology(t);
        // ends of longest heavy paths: C3, C4, O (length 3); ties broken by name: C3
        assertEquals(List.of("LIG:C3", "LIG:C2", "LIG:C1", "LIG:H11", "LIG:C4", "LIG:O", "LIG:HO"),
                orderedNames(t, z));
        checkRowsBondedWithHeavyReferences(t, z);
        // C4 branches off C2: the only chain C4-C2-C1-H11 has a hydrogen, so the heavy improper (C2, C3, C1)
        ZMatrixRow r = z.row(z.position(c4));
        assertEquals(List.of(c2, c3, c1), List.of(r.bond(), r.angle(), r.torsion()));
    }

    @Test
    void waterAndMethaneUseHydrogenReferencesOnlyWhereNeeded() {
        TopologyBuilder b = new TopologyBuilder();
        b.addChain("");
        b.addResidue("MET", 1, "");
        int c = b.addAtom("C", Element.C);
        for (int i = 1; i <= 4; i++) {
            b.addBond(c, b.addAtom("H" + i, Element.H));
        }
        Topology t = b.build();
        ZMatrix z = ZMatrix.fromTopology(t);
        assertEquals(List.of("MET:C", "MET:H1", "MET:H2", "MET:H3", "MET:H4"), orderedNames(t, z));
        assertEquals(new ZMatrixRow(3, 0, 1, 2), z.row(3)); // improper: H3 on C, angle to H1, torsion H2
        assertEquals(9, z.numTokens());
    }

    @Test
    void invalidRowsAreRejected() {
        List<String> names = List.of("A", "B", "C", "D");
        assertThrows(IllegalArgumentException.class, () -> new ZMatrix(List.of(new ZMatrixRow(0, -1, -1, -1),
                new ZMatrixRow(1, 0, -1, -1), new ZMatrixRow(2, 1, 0, -1), new ZMatrixRow(3, 2, 1, 3)), names));
        assertThrows(IllegalArgumentException.class, () -> new ZMatrix(List.of(new ZMatrixRow(0, -1, -1, -1),
                new ZMatrixRow(1, 0, -1, -1), new ZMatrixRow(1, 0, -1, -1), new ZMatrixRow(3, 2, 1, 0)), names));
        assertThrows(IllegalArgumentException.class, () -> new ZMatrix(List.of(new ZMatrixRow(0, -1, -1, -1),
                new ZMatrixRow(1, 0, -1, -1), new ZMatrixRow(2, 1, 0, -1), new ZMatrixRow(3, 2, 1, -1)), names));
        ZMatrix ok = new ZMatrix(List.of(new ZMatrixRow(0, -1, -1, -1), new ZMatrixRow(1, 0, -1, -1),
                new ZMatrixRow(2, 1, 0, -1), new ZMatrixRow(3, 2, 1, 0)), names);
        assertEquals(6, ok.numTokens());
        assertEquals(TokenKind.TORSION, ok.kindOfToken(5));
        assertEquals(3, ok.rowOfToken(5));
        assertEquals(2, ok.rowOfToken(1));
    }

    static int atom(Topology t, int residue, String name) {
        Residue r = t.residue(residue);
        for (int i = r.firstAtom(); i < r.endAtom(); i++) {
            if (t.atom(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no atom " + name + " in residue " + residue);
    }

    /** Every reference is bonded as a chain (or improper on b) and no hydrogen serves as a reference. */
    static void checkRowsBondedWithHeavyReferences(Topology t, ZMatrix z) {
        for (int k = 1; k < z.numAtoms(); k++) {
            ZMatrixRow r = z.row(k);
            String where = "row " + k + " " + r + " (" + t.describeAtom(r.atom()) + ")";
            assertTrue(t.bonded(r.atom(), r.bond()), where);
            if (k >= 2) {
                assertTrue(t.bonded(r.bond(), r.angle()), where);
            }
            if (k >= 3) {
                assertTrue(t.bonded(r.angle(), r.torsion()) || t.bonded(r.bond(), r.torsion()), where);
            }
            for (int ref : new int[] {r.bond(), r.angle(), r.torsion()}) {
                if (ref >= 0 && t.numAtoms() > 10) {
                    assertTrue(t.atom(ref).element() != Element.H, "hydrogen reference in " + where);
                }
            }
        }
    }

    /** N, CA, C, O ascend within a residue; its side chain after its backbone, before the next residue. */
    static void checkBackboneAndSideChainOrder(Topology t, ZMatrix z) {
        int lastBackbone = -1;
        for (Residue r : t.residues()) {
            int prev = -1;
            for (String name : List.of("N", "CA", "C", "O")) {
                int p = z.position(atom(t, r.index(), name));
                assertTrue(p > prev && p > lastBackbone, r.label() + " " + name);
                prev = p;
            }
            int nextN = r.index() + 1 < t.numResidues() ? z.position(atom(t, r.index() + 1, "N")) : Integer.MAX_VALUE;
            for (int i = r.firstAtom(); i < r.endAtom(); i++) {
                if (t.atom(i).element() != Element.H) {
                    assertTrue(z.position(i) < nextN, t.describeAtom(i) + " after the next residue's N");
                }
            }
            lastBackbone = prev;
        }
    }

    /** Each hydrogen follows its parent with only hydrogens (or the first three rows) in between. */
    static void checkHydrogensFollowParents(Topology t, ZMatrix z) {
        for (int h = 0; h < t.numAtoms(); h++) {
            if (t.atom(h).element() != Element.H) {
                continue;
            }
            int parent = t.neighbors(h)[0];
            for (int p = z.position(parent) + 1; p < z.position(h); p++) {
                int between = z.order()[p];
                assertTrue(t.atom(between).element() == Element.H || p < 3,
                        t.describeAtom(h) + " is separated from its parent by " + t.describeAtom(between));
            }
        }
    }
}
