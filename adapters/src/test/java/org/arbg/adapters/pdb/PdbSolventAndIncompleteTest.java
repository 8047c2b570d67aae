package org.arbg.adapters.pdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.junit.jupiter.api.Test;

class PdbSolventAndIncompleteTest {
    private final PdbTopologyReader reader = new PdbTopologyReader();

    @Test
    void heavyAtomCrystalStructureIsRejectedNamingResidueChainAndMissingAtoms() {
        Path pdb = TestData.path("structures/5awl-cln025-heavy-atoms.pdb");
        BadInputException e = assertThrows(BadInputException.class,
                () -> reader.read(pdb, PdbReadOptions.defaults()));
        assertEquals(pdb.toString(), e.source());
        assertEquals("residue TYR 1 chain A", e.place());
        // TYR 1 is the N-terminal residue: H (no terminal flag in hydrogens.xml), HA, ring and hydroxyl H.
        assertTrue(e.problem().contains("TYR 1 chain A lacks H, HA, HB2, HB3, HD1, HD2, HE1, HE2, HH"),
                e.getMessage());
        assertTrue(e.problem().contains("GLY 7 chain A lacks H, HA2, HA3"), e.getMessage());
        assertTrue(e.problem().contains("HOH 101 chain A lacks H1, H2"), "waters are checked too when kept");
    }

    @Test
    void strippingSolventDropsTheWatersBeforeTheTemplateCheck() {
        Path pdb = TestData.path("structures/5awl-cln025-heavy-atoms.pdb");
        BadInputException e = assertThrows(BadInputException.class,
                () -> reader.read(pdb, PdbReadOptions.soluteOnly()));
        assertTrue(e.problem().startsWith("10 residue(s) lack atoms"), e.getMessage());
        assertFalse(e.problem().contains("HOH"), e.getMessage());
    }

    @Test
    void solvatedAlanineDipeptideStripsToTwentyTwoAtomsAndTwentyOneBonds() {
        PdbReadResult r = reader.readWithReport(TestData.path("trajectories/ala_dipeptide.pdb"),
                PdbReadOptions.soluteOnly());
        Topology top = r.structure().topology();
        assertEquals(22, top.numAtoms());
        assertEquals(21, top.bonds().size());
        assertEquals(List.of("ACE", "ALA", "NME"), top.residues().stream().map(x -> x.name()).toList());
        // The file lists heavy atoms (records 0-9) before hydrogens (10-21): residues were reunited.
        assertArrayEquals(new int[] {0, 1, 2, 10, 11, 12, 3, 4, 5, 6, 7, 13, 14, 15, 16, 17, 8, 9, 18, 19, 20, 21},
                r.sourceAtomIndex());
        assertFalse(r.inFileOrder());
        assertEquals(3, r.warnings().size(), r.warnings().toString());
        // Every atom is bonded and the molecule is one piece.
        for (int i = 0; i < top.numAtoms(); i++) {
            assertTrue(top.degree(i) > 0, top.describeAtom(i));
        }
        // Box from CRYST1 (23.298 Å) and the first frame's positions in nm.
        Structure s = r.structure();
        assertEquals(2.3298, s.boxNm().orElseThrow()[0], 1e-12);
        assertEquals(0.2180, s.positionsNm()[0], 1e-12);
    }

    @Test
    void solvatedAlanineDipeptideWithSolventKeepsTheWatersBondedAsHoh() {
        PdbReadResult r = reader.readWithReport(TestData.path("trajectories/ala_dipeptide.pdb"),
                PdbReadOptions.defaults());
        Topology top = r.structure().topology();
        assertEquals(1234, top.numAtoms());
        assertEquals(21 + 2 * (1234 - 22) / 3, top.bonds().size());
    }
}
