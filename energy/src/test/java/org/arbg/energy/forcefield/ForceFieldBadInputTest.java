package org.arbg.energy.forcefield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that must fail with a message naming the file, residue or atom, and options OpenMM would not use. */
class ForceFieldBadInputTest {
    private static final ForceField AMBER99 = ForceField.load("amber99sbildn.xml", "amber99_obc.xml");

    @Test
    void residueMissingAHydrogenNamesResidueChainAndAtom() throws Exception {
        Topology full = ReferenceCase.ALDP.structure().topology();
        Topology withoutHa = withoutAtom(full, "ALA", "HA");
        BadInputException e = assertThrows(BadInputException.class,
                () -> AMBER99.createSystemParameters(withoutHa, ForceFieldOptions.noCutoff(), "aldp-copy.pdb"));
        assertEquals("aldp-copy.pdb", e.source());
        assertEquals("residue ALA 2 chain X (index 1)", e.place());
        assertTrue(e.problem().contains("similar to template ALA, but it is missing 1 hydrogen atoms"), e.getMessage());
        assertTrue(e.problem().contains("Template atoms not in the residue (by name): HA."), e.getMessage());
    }

    @Test
    void templatesMatchByGraphNotByName() throws Exception {
        // OpenMM ignores residue and atom names when matching: a renamed residue still gets ALA's parameters
        Structure renamed = TestPdb.read(TestPdb.testData(ReferenceCase.ALDP.pdb),
                TestPdb.referenceBonds(ReferenceCase.ALDP.json()), n -> n.equals("ALA") ? "XYZ" : n);
        SystemParameters p = AMBER99.createSystemParameters(renamed.topology(), ForceFieldOptions.noCutoff());
        SystemParameters reference = ReferenceCase.ALDP.build();
        assertEquals(reference.nonbonded(), p.nonbonded());
        assertEquals(reference.torsions(), p.torsions());
    }

    @Test
    void heavyAtomCrystalStructureNamesTheFirstResidueAndTheMissingHydrogens() throws Exception {
        Path pdb = TestPdb.testData("structures/5awl-cln025-heavy-atoms.pdb");
        Structure heavy = TestPdb.read(pdb, List.of(), n -> n); // waters dropped by the test reader; like OpenMM, the smallest fitting template (TYR, not NTYR) is named
        Topology bonded = bondByDistance(heavy, 0.19);
        ForceField ff = ForceField.load("amber14/protein.ff14SB.xml", "implicit/obc1.xml");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ff.createSystemParameters(bonded, ForceFieldOptions.cutoffNonPeriodic(2.0), pdb.toString()));
        assertEquals(pdb.toString(), e.source());
        assertEquals("residue TYR 1 chain A (index 0)", e.place());
        assertTrue(e.problem().contains("similar to template TYR, but it is missing 9 hydrogen atoms"), e.getMessage());
        assertTrue(e.problem().contains("(by name): H, HA, HB2, HB3, HD1"), e.getMessage());
    }

    @Test
    void unknownForceFieldFileIsNamed() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> ForceField.load("amber99sbildn.xml", "amber99_nosuch.xml"));
        assertEquals("amber99_nosuch.xml", e.source());
        assertTrue(e.problem().contains("amber14/protein.ff14SB.xml"), "lists the bundled files: " + e.getMessage());
    }

    @Test
    void filesOnDiskLoadToo() {
        ForceField ff = ForceField.load(TestPdb.testData("forcefields/amber96.xml").toString(),
                TestPdb.testData("forcefields/amber96_obc.xml").toString());
        assertTrue(ff.gbsaObc().isPresent());
        assertTrue(ff.templates().containsKey("NALA"));
    }

    @Test
    void unknownScriptIsRefusedNeverRun(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("evil.xml");
        Files.writeString(f, "<ForceField><Script>import os; os.system('true')</Script></ForceField>");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ForceField.load("amber14/protein.ff14SB.xml", f.toString()));
        assertEquals(f.toString(), e.source());
        assertTrue(e.problem().contains("never executes scripts"), e.getMessage());
    }

    @Test
    void obcScriptsAreRecognised() {
        assertEquals(List.of(ImplicitSolventScript.OBC2),
                ForceField.load("amber14/protein.ff14SB.xml", "implicit/obc2.xml").scripts());
    }

    @Test
    void unsupportedForceIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rb.xml");
        Files.writeString(f, "<ForceField><RBTorsionForce/></ForceField>");
        BadInputException e = assertThrows(BadInputException.class, () -> ForceField.load(f.toString()));
        assertEquals("<RBTorsionForce>", e.place());
    }

    @Test
    void malformedXmlIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.xml");
        Files.writeString(f, "<ForceField><AtomTypes>");
        BadInputException e = assertThrows(BadInputException.class, () -> ForceField.load(f.toString()));
        assertEquals(f.toString(), e.source());
    }

    @Test
    void optionsTheForceFieldWouldNotUseAreRejected() throws Exception {
        Topology aldp = ReferenceCase.ALDP.structure().topology();
        ForceField vacuum = ForceField.load("amber99sbildn.xml");
        assertThrows(IllegalArgumentException.class, () -> vacuum.createSystemParameters(aldp,
                ForceFieldOptions.noCutoff().withDielectrics(1, 80)));
        // the native GBSAOBCForce has no salt screening
        assertThrows(IllegalArgumentException.class, () -> AMBER99.createSystemParameters(aldp,
                ForceFieldOptions.noCutoff().withSalt(0.15, 300)));
        assertThrows(IllegalArgumentException.class, () -> new ForceFieldOptions(
                org.arbg.energy.system.NonbondedMethod.NO_CUTOFF, java.util.OptionalDouble.of(2.0),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.empty(), true));
        assertThrows(IllegalArgumentException.class, () -> new ForceFieldOptions(
                org.arbg.energy.system.NonbondedMethod.NO_CUTOFF, java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.of(300), true));
        // vacuum without GB options is fine and has no reaction-field change
        SystemParameters p = vacuum.createSystemParameters(aldp, ForceFieldOptions.noCutoff());
        assertTrue(p.implicitSolvent().isEmpty());
        assertEquals(78.3, p.nonbonded().orElseThrow().reactionFieldDielectric());
    }

    @Test
    void saltScreeningWithTheObcScript() throws Exception {
        Topology lsde = ReferenceCase.LSDE.structure().topology();
        ForceField ff = ForceField.load("amber14/protein.ff14SB.xml", "implicit/obc2.xml");
        CustomObcParameters gb = (CustomObcParameters) ff.createSystemParameters(lsde,
                ForceFieldOptions.noCutoff().withSalt(0.15, 310)).implicitSolvent().orElseThrow();
        assertEquals(ImplicitSolventScript.OBC2, gb.variant());
        // κ = 50.33355 √(0.15 / 78.5 / 310) · 7.3 nm⁻¹
        assertEquals(50.33355 * Math.sqrt(0.15 / 78.5 / 310) * 7.3, gb.kappaPerNm(), 1e-12);
    }

    /** A copy of the topology without one named atom of one residue (and its bonds). */
    private static Topology withoutAtom(Topology t, String residue, String atom) {
        TopologyBuilder b = new TopologyBuilder();
        int[] newIndex = new int[t.numAtoms()];
        int chain = -1;
        for (var r : t.residues()) {
            if (r.chainIndex() != chain) {
                chain = r.chainIndex();
                b.addChain(t.chains().get(chain).id());
            }
            b.addResidue(r.name(), r.number(), r.insertionCode());
            for (int i = r.firstAtom(); i < r.endAtom(); i++) {
                var a = t.atom(i);
                newIndex[i] = r.name().equals(residue) && a.name().equals(atom) ? -1 : b.addAtom(a.name(), a.element());
            }
        }
        for (var bond : t.bonds()) {
            if (newIndex[bond.atom1()] >= 0 && newIndex[bond.atom2()] >= 0) {
                b.addBond(newIndex[bond.atom1()], newIndex[bond.atom2()]);
            }
        }
        return b.build();
    }

    /** Bonds between atoms closer than this (nm): enough for a heavy-atom-only protein. */
    private static Topology bondByDistance(Structure s, double cutoffNm) {
        double[] x = s.positionsNm();
        List<org.arbg.adapters.topology.Bond> bonds = new ArrayList<>();
        for (int i = 0; i < s.topology().numAtoms(); i++) {
            for (int j = i + 1; j < s.topology().numAtoms(); j++) {
                double dx = x[3 * i] - x[3 * j];
                double dy = x[3 * i + 1] - x[3 * j + 1];
                double dz = x[3 * i + 2] - x[3 * j + 2];
                if (dx * dx + dy * dy + dz * dz < cutoffNm * cutoffNm) {
                    bonds.add(new org.arbg.adapters.topology.Bond(i, j));
                }
            }
        }
        return s.topology().withBonds(bonds);
    }
}
