package org.arbg.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Named Pdb* so the targeted PDB test run includes it. Expected values read off OpenMM's XML files by hand. */
class PdbResidueTemplatesTest {
    private final ResidueTemplates t = ResidueTemplates.standard();

    @Test
    void residueNameAliases() {
        assertEquals("HIS", t.standardResidueName("HID"));
        assertEquals("HIS", t.standardResidueName("HIE"));
        assertEquals("HIS", t.standardResidueName("HIP"));
        assertEquals("CYS", t.standardResidueName("CYX"));
        assertEquals("HOH", t.standardResidueName("WAT"));
        assertEquals("HOH", t.standardResidueName("SPC")); // arbg-names.xml
        assertEquals("NME", t.standardResidueName("NMA"));
        assertEquals("LIG", t.standardResidueName("LIG"));
    }

    @Test
    void atomNameAliasesPerResidueOverProteinSet() {
        assertEquals("H1", t.standardAtomName("ACE", "1HH3"));
        assertEquals("H1", t.standardAtomName("ACE", "HH31"));
        assertEquals("H1", t.standardAtomName("ACE", "H1")); // ACE's own H1 wins over Protein's H1 -> H
        assertEquals("H", t.standardAtomName("ALA", "H1")); // N-terminal H1 is Protein's H
        assertEquals("H", t.standardAtomName("ALA", "HT1"));
        assertEquals("O", t.standardAtomName("ALA", "OT1"));
        assertEquals("OXT", t.standardAtomName("ALA", "OT2"));
        assertEquals("H2", t.standardAtomName("PRO", "HT1")); // PRO has no H: HT1 is H2 there
        assertEquals("C", t.standardAtomName("NME", "CH3"));
        assertEquals("H1", t.standardAtomName("NME", "HA1")); // arbg-names.xml
        assertEquals("O", t.standardAtomName("HOH", "OW"));
        assertEquals("XYZ", t.standardAtomName("LIG", "XYZ"));
    }

    @Test
    void capsAndLinks() {
        ResidueTemplate nme = t.template("NME").orElseThrow();
        assertTrue(nme.bonds().contains(new TemplateBond("C", -1, "N", 0)));
        ResidueTemplate nh2 = t.template("NH2").orElseThrow();
        assertEquals(Set.of("N", "HN1", "HN2"), nh2.atomNames());
        ResidueTemplate ace = t.template("ACE").orElseThrow();
        assertTrue(ace.bonds().stream().allMatch(TemplateBond::isInternal));
        assertEquals(List.of(), ace.missingAtoms(List.of("C", "O", "CH3", "H1", "H2", "H3"), "ACE", true));
    }

    @Test
    void histidineVariantsNeedTheirRingHydrogens() {
        ResidueTemplate his = t.template("HIS").orElseThrow();
        List<String> ring = List.of("N", "CA", "C", "O", "CB", "CG", "ND1", "CD2", "CE1", "NE2",
                "H", "HA", "HB2", "HB3", "HD2", "HE1");
        assertEquals(List.of(), his.missingAtoms(ring, "HIS", false));
        assertEquals(List.of("HD1"), his.missingAtoms(ring, "HID", false));
        assertEquals(List.of("HE2"), his.missingAtoms(ring, "HIE", false));
        assertEquals(List.of("HD1", "HE2"), his.missingAtoms(ring, "HIP", false));
    }

    @Test
    void terminalAtomsAreOptionalOthersRequired() {
        ResidueTemplate ala = t.template("ALA").orElseThrow();
        List<String> full = List.of("N", "CA", "C", "O", "CB", "H", "HA", "HB1", "HB2", "HB3");
        assertEquals(List.of(), ala.missingAtoms(full, "ALA", false));
        assertEquals(List.of("CB", "HB3"), ala.missingAtoms(
                List.of("N", "CA", "C", "O", "H", "HA", "HB1", "HB2"), "ALA", false));
        ResidueTemplate cys = t.template("CYS").orElseThrow();
        List<String> disulfideCys = List.of("N", "CA", "C", "O", "CB", "SG", "H", "HA", "HB2", "HB3");
        assertEquals(List.of(), cys.missingAtoms(disulfideCys, "CYX", false)); // HG belongs to the CYS variant
        assertEquals(List.of(), cys.missingAtoms(disulfideCys, "CYS", false));
        assertEquals(List.of("HA"), cys.missingAtoms(disulfideCys.subList(0, 7), "CYS", false).subList(0, 1));
    }
}
