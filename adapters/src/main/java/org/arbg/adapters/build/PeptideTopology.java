package org.arbg.adapters.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.templates.HydrogenSite;
import org.arbg.adapters.templates.ResidueTemplate;
import org.arbg.adapters.templates.ResidueTemplates;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyBuilder;

/**
 * The topology of a linear peptide from OpenMM's residue templates: every heavy atom of residues.xml (OXT
 * only on an uncapped C-terminus), the hydrogens of hydrogens.xml (terminal ones only at an uncapped
 * terminus, protonation variants only when the residue is named after the variant, e.g. CYS has HG, LYS
 * has HZ3, ASP has no HD2), the template's bonds and the peptide bonds −C→N between neighbours.
 */
public final class PeptideTopology {
    /** Residues that end a chain; they carry no terminal variant atoms. */
    private static final Set<String> CAPS = Set.of("ACE", "NME", "NH2", "FOR");

    private PeptideTopology() {
    }

    /**
     * @param residues residue-template names in N→C order (see {@link PeptideSequence})
     * @throws BadInputException when a name has no template
     */
    public static Topology build(List<String> residues, ResidueTemplates templates) {
        TopologyBuilder b = new TopologyBuilder();
        b.addChain("A");
        List<Map<String, Integer>> index = new ArrayList<>();
        for (int k = 0; k < residues.size(); k++) {
            String name = residues.get(k);
            ResidueTemplate t = templates.template(name).orElseThrow(() -> new BadInputException("sequence",
                    "residue " + name, "no residue template of that name (OpenMM residues.xml)"));
            boolean cap = CAPS.contains(name);
            boolean nTerm = k == 0 && !cap;
            boolean cTerm = k == residues.size() - 1 && !cap;
            b.addResidue(name, k + 1, "");
            Map<String, Integer> atoms = new HashMap<>();
            for (String atom : t.atomNames()) {
                if (!t.isHydrogen(atom) && (cTerm || !atom.equals("OXT"))) {
                    atoms.put(atom, b.addAtom(atom, elementOf(atom)));
                }
            }
            for (HydrogenSite h : t.hydrogens()) {
                boolean terminalOk = h.terminal().isEmpty() || h.terminal().equals("N") && nTerm
                        || h.terminal().equals("C") && cTerm;
                boolean variantOk = h.variants().isEmpty() || h.variants().contains(name);
                if (terminalOk && variantOk && atoms.containsKey(h.parent())) {
                    atoms.put(h.name(), b.addAtom(h.name(), Element.H));
                }
            }
            index.add(atoms);
            for (var bond : t.bonds()) {
                Integer a1 = atomOf(index, k, bond.atom1(), bond.offset1());
                Integer a2 = atomOf(index, k, bond.atom2(), bond.offset2());
                if (a1 != null && a2 != null) {
                    b.addBond(a1, a2);
                }
            }
        }
        return b.build();
    }

    private static Integer atomOf(List<Map<String, Integer>> index, int k, String name, int offset) {
        int r = k + offset;
        // bonds to the next residue are added when that residue (whose template says "-C") is built
        return r < 0 || r >= index.size() ? null : index.get(r).get(name);
    }

    /** Element of a heavy template atom: the first letter of an amino-acid atom name (C, N, O, S). */
    static Element elementOf(String atomName) {
        return switch (atomName.charAt(0)) {
            case 'C' -> Element.C;
            case 'N' -> Element.N;
            case 'O' -> Element.O;
            case 'S' -> Element.S;
            case 'P' -> Element.P;
            default -> throw new BadInputException("residue templates", "atom " + atomName,
                    "cannot tell its element");
        };
    }
}
