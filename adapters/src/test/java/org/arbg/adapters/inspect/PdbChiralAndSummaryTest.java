package org.arbg.adapters.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arbg.adapters.TestData;
import org.arbg.adapters.pdb.PdbReadOptions;
import org.arbg.adapters.pdb.PdbReadResult;
import org.arbg.adapters.pdb.PdbTopologyReader;
import org.arbg.adapters.topology.Structure;
import org.junit.jupiter.api.Test;

/** Named Pdb* so the targeted PDB test run includes it. */
class PdbChiralAndSummaryTest {
    private final PdbTopologyReader reader = new PdbTopologyReader();

    private Structure read(String name) {
        return reader.read(TestData.path("structures/" + name + ".pdb"), PdbReadOptions.defaults());
    }

    @Test
    void lAlanineDipeptideHasOneSCentreAndItsMirrorImageOneR() {
        Structure s = read("aldp-modern-names");
        List<ChiralCentre> centres = ChiralCentres.of(s);
        assertEquals(1, centres.size());
        ChiralCentre ca = centres.get(0);
        assertEquals("CA", s.topology().atom(ca.atomIndex()).name());
        assertEquals("S", ca.label());

        double[] mirrored = s.positionsNm().clone();
        for (int i = 0; i < mirrored.length; i += 3) {
            mirrored[i] = -mirrored[i];
        }
        ChiralCentre image = ChiralCentres.of(new Structure(s.topology(), mirrored)).get(0);
        assertEquals("R", image.label());
        assertEquals(-ca.handedness(), image.handedness());
    }

    @Test
    void lsdeTetrapeptideHasFourLResidues() {
        List<ChiralCentre> centres = ChiralCentres.of(read("lsde-tetrapeptide"));
        assertEquals(List.of("S", "S", "S", "S"), centres.stream().map(ChiralCentre::label).toList());
        assertTrue(centres.stream().allMatch(c -> c.description().contains("atom CA")));
    }

    @Test
    void summaryOfAlanineDipeptide() {
        PdbReadResult r = reader.readWithReport(TestData.path("structures/aldp-old-names.pdb"),
                PdbReadOptions.defaults());
        TopologySummary s = TopologySummary.of(r);
        assertEquals(22, s.atoms());
        assertEquals(10, s.heavyAtoms());
        assertEquals(21, s.bonds());
        assertEquals(List.of(""), s.chains());
        assertEquals(List.of("ACE 1", "ALA 2", "NME 3"), s.residues());
        assertEquals(List.of("ACE", "ALA", "NME"), s.templates());
        assertEquals(List.of(), s.bondedByDistance());
        assertEquals(1, s.chiralCentres().size());
        String text = TopologySummaryText.render(s);
        assertTrue(text.startsWith("atoms 22 (heavy 10), bonds 21, residues 3, chains 1\n"), text);
        assertTrue(text.contains("ALA 2 atom CA (index 8)  S  handedness"), text);
    }

    @Test
    void summaryNamesFileResidueNamesAndWarnings() {
        PdbReadResult r = reader.readWithReport(TestData.path("trajectories/ala_dipeptide.pdb"),
                PdbReadOptions.soluteOnly());
        TopologySummary s = TopologySummary.of(r);
        assertEquals(List.of("ACE", "ALA", "NME (as NMA)"), s.templates());
        assertEquals(3, s.warnings().size());
        assertTrue(TopologySummaryText.render(s).contains("warnings:\n"));
    }
}
