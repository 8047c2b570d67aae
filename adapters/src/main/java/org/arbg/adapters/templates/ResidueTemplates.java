package org.arbg.adapters.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Residue templates and name aliases bundled with arbg: OpenMM 7.7's residues.xml (bonds), pdbNames.xml (name
 * aliases) and hydrogens.xml (expected hydrogens), plus arbg-names.xml, a few aliases OpenMM lacks (NME HA1..HA3,
 * water models under their own names). Covers the standard amino acids, the caps ACE/NME/NH2/FOR, AIB/ORN/PCA,
 * nucleotides and water. Immutable and thread-safe; {@link #standard()} loads the files once.
 */
public final class ResidueTemplates {
    private static final String DIR = "/org/arbg/adapters/templates/";

    private final Map<String, ResidueTemplate> templates;
    private final NameAliases aliases;

    private ResidueTemplates(Map<String, ResidueTemplate> templates, NameAliases aliases) {
        this.templates = Map.copyOf(templates);
        this.aliases = aliases;
    }

    /** The bundled templates, loaded on first use. */
    public static ResidueTemplates standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ResidueTemplates STANDARD = load();
    }

    private static ResidueTemplates load() {
        Map<String, List<HydrogenSite>> hydrogens = new HashMap<>();
        for (Element r : TemplateXml.children(TemplateXml.root(DIR + "hydrogens.xml"), "Residue")) {
            List<HydrogenSite> sites = new ArrayList<>();
            for (Element h : TemplateXml.children(r, "H")) {
                String variant = h.getAttribute("variant");
                sites.add(new HydrogenSite(h.getAttribute("name"), h.getAttribute("parent"),
                        h.getAttribute("terminal"), variant.isEmpty() ? Set.of() : Set.of(variant.split(","))));
            }
            hydrogens.put(r.getAttribute("name"), sites);
        }
        Map<String, ResidueTemplate> templates = new HashMap<>();
        for (Element r : TemplateXml.children(TemplateXml.root(DIR + "residues.xml"), "Residue")) {
            String name = r.getAttribute("name");
            List<TemplateBond> bonds = new ArrayList<>();
            Set<String> atoms = new LinkedHashSet<>();
            for (Element b : TemplateXml.children(r, "Bond")) {
                TemplateBond bond = TemplateBond.parse(b.getAttribute("from"), b.getAttribute("to"));
                bonds.add(bond);
                if (bond.offset1() == 0) {
                    atoms.add(bond.atom1());
                }
                if (bond.offset2() == 0) {
                    atoms.add(bond.atom2());
                }
            }
            templates.put(name, new ResidueTemplate(name, atoms, bonds, hydrogens.getOrDefault(name, List.of())));
        }
        NameAliases aliases = new NameAliases(List.of(
                TemplateXml.root(DIR + "pdbNames.xml"), TemplateXml.root(DIR + "arbg-names.xml")));
        return new ResidueTemplates(templates, aliases);
    }

    /** The standard name of a residue name as written: "HID", "HIE", "HIP" to "HIS", "CYX" to "CYS", "WAT" to "HOH". */
    public String standardResidueName(String fileName) {
        return aliases.residueName(fileName.trim());
    }

    /**
     * The standard name of an atom ("HT1" to "H", "1HH3" to "H1" in ACE, "OT2" to "OXT").
     *
     * @param standardResidueName the residue's name after {@link #standardResidueName}
     * @param fileAtomName        the atom name as written, surrounding blanks ignored
     */
    public String standardAtomName(String standardResidueName, String fileAtomName) {
        return aliases.atomName(standardResidueName, fileAtomName.trim());
    }

    /** The template of a standard residue name, if there is one. */
    public Optional<ResidueTemplate> template(String standardResidueName) {
        return Optional.ofNullable(templates.get(standardResidueName));
    }
}
