package org.arbg.adapters.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Residue and atom name aliases in the format of OpenMM's pdbNames.xml, applied as OpenMM's PDBFile does:
 * a residue name maps through the {@code name}/{@code alt*} attributes of its Residue element; atom names map
 * through that residue's Atom elements on top of the shared "All" set and, by the residue's {@code type}, the
 * "Protein" or "Nucleic" set. Residues without an entry keep their atom names.
 */
final class NameAliases {
    private final Map<String, String> residueNames = new HashMap<>();
    private final Map<String, Map<String, String>> atomNames = new HashMap<>();

    /** @param roots the alias files in order; the first must hold the All/Protein/Nucleic sets */
    NameAliases(List<Element> roots) {
        Map<String, String> all = new HashMap<>();
        Map<String, String> protein = new HashMap<>();
        Map<String, String> nucleic = new HashMap<>();
        for (Element r : TemplateXml.children(roots.get(0), "Residue")) {
            switch (r.getAttribute("name")) {
                case "All" -> addAtoms(r, all);
                case "Protein" -> addAtoms(r, protein);
                case "Nucleic" -> addAtoms(r, nucleic);
                default -> { }
            }
        }
        // "All" applies to proteins and nucleic acids too, and wins over their sets (as in OpenMM).
        protein.putAll(all);
        nucleic.putAll(all);
        for (Element root : roots) {
            for (Element r : TemplateXml.children(root, "Residue")) {
                String name = r.getAttribute("name");
                NamedNodeMap attrs = r.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    String id = attrs.item(i).getNodeName();
                    if (id.equals("name") || id.startsWith("alt")) {
                        residueNames.put(attrs.item(i).getNodeValue(), name);
                    }
                }
                Map<String, String> atoms = atomNames.get(name);
                if (atoms == null) {
                    atoms = new HashMap<>(switch (r.getAttribute("type")) {
                        case "Protein" -> protein;
                        case "Nucleic" -> nucleic;
                        default -> all;
                    });
                    atomNames.put(name, atoms);
                }
                addAtoms(r, atoms);
            }
        }
    }

    /** The standard residue name for a name as written ("HID" to "HIS", "NMA" to "NME"), else the name itself. */
    String residueName(String name) {
        return residueNames.getOrDefault(name, name);
    }

    /** The standard atom name within a residue already given its standard name, else the name itself. */
    String atomName(String standardResidueName, String atomName) {
        Map<String, String> m = atomNames.get(standardResidueName);
        return m == null ? atomName : m.getOrDefault(atomName, atomName);
    }

    /** Every attribute of an Atom element (name and each alias; OpenMM also honours misspelt ones) maps to name. */
    private static void addAtoms(Element residue, Map<String, String> map) {
        for (Element a : TemplateXml.children(residue, "Atom")) {
            String name = a.getAttribute("name");
            NamedNodeMap attrs = a.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                map.put(attrs.item(i).getNodeValue(), name);
            }
        }
    }
}
