package org.arbg.adapters.pdb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arbg.adapters.topology.Element;

/** The atom records of one residue while a topology is assembled, keyed by standardised atom name. */
final class ResidueGroup {
    final String fileName;
    final String standardName;
    final String chainId;
    final int number;
    final String insertionCode;
    /** Standardised atom name to record, in file order. */
    final Map<String, PdbAtomLine> atoms = new LinkedHashMap<>();
    /** Standardised atom name to element, filled once the residue is complete. */
    final Map<String, Element> elements = new HashMap<>();

    ResidueGroup(PdbAtomLine first, String standardName) {
        this.fileName = first.residueName();
        this.standardName = standardName;
        this.chainId = first.chainId();
        this.number = first.residueNumber();
        this.insertionCode = first.insertionCode();
    }

    boolean sameKey(ResidueGroup o) {
        return number == o.number && insertionCode.equals(o.insertionCode) && fileName.equals(o.fileName);
    }

    boolean sameNumber(PdbAtomLine a) {
        return number == a.residueNumber() && insertionCode.equals(a.insertionCode());
    }

    /** "TYR 1 chain A" (or "TYR 1" without a chain id), with the name as the file writes it. */
    String label() {
        return fileName + " " + number + insertionCode + (chainId.isEmpty() ? "" : " chain " + chainId);
    }

    List<PdbAtomLine> records() {
        return new ArrayList<>(atoms.values());
    }

    int firstLine() {
        return atoms.values().iterator().next().line();
    }
}
