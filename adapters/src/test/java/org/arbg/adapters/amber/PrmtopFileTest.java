package org.arbg.adapters.amber;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrmtopFileTest {
    private static final Path ALDP = TestData.path("topologies/alanine-dipeptide-implicit.prmtop");

    @Test
    void readsAlanineDipeptide() {
        PrmtopFile p = PrmtopFile.read(ALDP);
        assertEquals(22, p.numAtoms());
        assertEquals(3, p.numResidues());
        assertEquals(List.of("ACE", "ALA", "NME"), p.residueLabels());
        assertArrayEquals(new int[] {0, 6, 16}, p.residueFirstAtoms());
        assertEquals("HH31", p.atomNames().get(0));
        assertEquals("CH3", p.atomNames().get(1));
        // the first CHARGE value in the file, divided by 18.2223
        assertEquals(2.04636429 / 18.2223, p.chargesE()[0], 1e-15);
        double total = 0;
        for (double q : p.chargesE()) {
            total += q;
        }
        assertEquals(0.0, total, 1e-6);
        assertEquals(12.01, p.massesAmu()[1]);
        assertEquals(0, p.ifBox());
        assertFalse(p.isChamber());
        assertTrue(p.radiiAngstrom().isPresent());
        assertEquals(22, p.screen().orElseThrow().length);
        assertTrue(p.atomicNumbers().isEmpty());
    }

    @Test
    void decodesTermsInOpenMMUnits() {
        AmberTerms t = new AmberTerms(PrmtopFile.read(ALDP));
        assertEquals(21, t.bonds().size());
        assertEquals(12, t.bonds().stream().filter(AmberTerms.BondTerm::withHydrogen).count());
        AmberTerms.BondTerm b = t.bonds().get(0);
        assertTrue(b.r0Nm() > 0.09 && b.r0Nm() < 0.12, "C-H/N-H bond length in nm: " + b.r0Nm());
        assertEquals(36, t.angles().size());
        assertFalse(t.torsions().isEmpty());
        assertTrue(t.torsions().stream().anyMatch(AmberTerms.TorsionTerm::improper));
        assertFalse(t.hasNbfix());
        // each 1-4 pair appears once
        long distinct = t.pairs14().stream().map(p -> Math.min(p.atom1(), p.atom2()) + ":" + Math.max(p.atom1(), p.atom2()))
                .distinct().count();
        assertEquals(t.pairs14().size(), distinct);
        assertEquals(22, t.excludedAtoms().size());
    }

    @Test
    void topologyHasElementsFromMassesAndBondsFromFile() {
        Topology top = PrmtopTopology.build(PrmtopFile.read(ALDP));
        assertEquals(22, top.numAtoms());
        assertEquals(21, top.bonds().size());
        assertEquals(Element.H, top.atom(0).element());
        assertEquals(Element.C, top.atom(1).element());
        assertEquals(Element.O, top.atom(5).element());
        assertEquals(Element.N, top.atom(6).element());
        assertEquals("ALA", top.residue(1).name());
        assertTrue(top.bonded(0, 1));
    }

    @Test
    void chamberFileIsReadAndFlagged() {
        PrmtopFile p = PrmtopFile.read(TestData.path("topologies/ala3_chamber.parm7"));
        assertTrue(p.isChamber());
        assertTrue(p.has("CHARMM_UREY_BRADLEY"));
        Topology top = PrmtopTopology.build(p);
        assertEquals(p.numAtoms(), top.numAtoms());
        assertEquals(Element.N, top.atom(0).element()); // from ATOMIC_NUMBER
    }

    @Test
    void truncatedFileNamesFileAndFlag(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(ALDP);
        int cut = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("%FLAG DIHEDRALS_WITHOUT_HYDROGEN")) {
                cut = i + 3; // the flag, its format and one data line
            }
        }
        Path bad = dir.resolve("truncated.prmtop");
        Files.write(bad, lines.subList(0, cut));
        BadInputException e = assertThrows(BadInputException.class, () -> PrmtopFile.read(bad));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("DIHEDRALS_WITHOUT_HYDROGEN"), e.getMessage());
    }

    @Test
    void garbledNumberNamesLine(@TempDir Path dir) throws IOException {
        String text = Files.readString(ALDP).replace("  2.04636429E+00", "  2.0463x429E+00");
        Path bad = dir.resolve("garbled.prmtop");
        Files.writeString(bad, text);
        PrmtopFile p = PrmtopFile.read(bad);
        BadInputException e = assertThrows(BadInputException.class, p::chargesE);
        assertTrue(e.getMessage().contains("CHARGE") && e.getMessage().contains("line 17"), e.getMessage());
    }

    @Test
    void notAPrmtop(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("x.prmtop");
        Files.writeString(bad, "ATOM      1  N   ALA A   1\n");
        assertThrows(BadInputException.class, () -> PrmtopFile.read(bad));
    }
}
