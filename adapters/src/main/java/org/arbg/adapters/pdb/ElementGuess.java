package org.arbg.adapters.pdb;

import java.util.Locale;
import java.util.Optional;
import org.arbg.adapters.topology.Element;

/** The element of an atom whose PDB element column is blank, inferred from its name by OpenMM's PDBFile rule. */
final class ElementGuess {
    private ElementGuess() {
    }

    /**
     * @param atomName            the standardised atom name
     * @param singleAtomResidue   whether the residue has one atom (only then is "CA" calcium rather than C-alpha)
     */
    static Optional<Element> fromName(String atomName, boolean singleAtomResidue) {
        String upper = atomName.toUpperCase(Locale.ROOT);
        while (upper.length() > 1 && Character.isDigit(upper.charAt(0))) {
            upper = upper.substring(1); // "1HH3" is a hydrogen
        }
        // Two-letter symbols that OpenMM checks before falling back to the first letter.
        if (upper.startsWith("CL")) {
            return Optional.of(Element.CL);
        } else if (upper.startsWith("NA")) {
            return Optional.of(Element.NA);
        } else if (upper.startsWith("MG")) {
            return Optional.of(Element.MG);
        } else if (upper.startsWith("BE") || upper.startsWith("LI")) {
            return Optional.empty(); // beryllium and lithium: OpenMM knows them, arbg's Element does not
        } else if (upper.startsWith("K")) {
            return Optional.of(Element.K);
        } else if (upper.startsWith("ZN")) {
            return Optional.of(Element.ZN);
        } else if (singleAtomResidue && upper.startsWith("CA")) {
            return Optional.of(Element.CA);
        }
        return Element.bySymbol(upper.substring(0, 1));
    }
}
