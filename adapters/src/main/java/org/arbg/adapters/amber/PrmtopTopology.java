package org.arbg.adapters.amber;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyBuilder;

/**
 * Builds a {@link Topology} from a prmtop: one chain, residues from RESIDUE_LABEL/RESIDUE_POINTER (numbered from 1),
 * atoms in file order, bonds from both bond sections. Elements come from ATOMIC_NUMBER, or, when absent, from the
 * mass (nearest standard mass within 0.6 amu), then from the atom name as OpenMM guesses it (hydrogen mass
 * repartitioning moves masses off the standard values).
 */
public final class PrmtopTopology {
    private static final double MASS_TOLERANCE_AMU = 0.6;

    private PrmtopTopology() {
    }

    public static Topology build(PrmtopFile prmtop) {
        List<String> names = prmtop.atomNames();
        List<String> labels = prmtop.residueLabels();
        int[] first = prmtop.residueFirstAtoms();
        double[] masses = prmtop.massesAmu();
        Optional<int[]> numbers = prmtop.atomicNumbers();
        TopologyBuilder b = new TopologyBuilder();
        b.addChain("");
        int res = -1;
        for (int i = 0; i < prmtop.numAtoms(); i++) {
            while (res + 1 < first.length && first[res + 1] <= i) {
                res++;
                b.addResidue(labels.get(res), res + 1, "");
            }
            b.addAtom(names.get(i), element(prmtop, i, names.get(i), masses[i], numbers), i + 1);
        }
        for (AmberTerms.BondTerm bond : new AmberTerms(prmtop).bonds()) {
            b.addBond(bond.atom1(), bond.atom2());
        }
        return b.build();
    }

    private static Element element(PrmtopFile prmtop, int atom, String name, double mass, Optional<int[]> numbers) {
        if (numbers.isPresent()) {
            int z = numbers.get()[atom];
            return Element.byAtomicNumber(z).orElseThrow(() -> new BadInputException(prmtop.source(),
                    prmtop.require("ATOMIC_NUMBER").place(atom), "atom " + (atom + 1) + " " + name
                            + " has atomic number " + z + ", an element arbg does not know"));
        }
        Element best = null;
        for (Element e : Element.values()) {
            if (Math.abs(e.massAmu() - mass) < MASS_TOLERANCE_AMU
                    && (best == null || Math.abs(e.massAmu() - mass) < Math.abs(best.massAmu() - mass))) {
                best = e;
            }
        }
        if (best != null) {
            return best;
        }
        return fromName(name).orElseThrow(() -> new BadInputException(prmtop.source(),
                prmtop.require("MASS").place(atom), "cannot tell the element of atom " + (atom + 1) + " " + name
                        + " (mass " + mass + " amu) and the file has no ATOMIC_NUMBER section"));
    }

    /** OpenMM's guess from an atom name: CL, NA, MG, ZN prefixes, else the first letter. */
    static Optional<Element> fromName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String two : new String[] {"CL", "NA", "MG", "ZN"}) {
            if (upper.startsWith(two)) {
                return Element.bySymbol(two);
            }
        }
        return upper.isEmpty() ? Optional.empty() : Element.bySymbol(upper.substring(0, 1));
    }
}
