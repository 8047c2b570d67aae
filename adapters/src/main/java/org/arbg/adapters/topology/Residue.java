package org.arbg.adapters.topology;

import java.util.Objects;

/**
 * One residue: a contiguous run of atoms {@code [firstAtom, firstAtom + atomCount)}.
 *
 * @param index         0-based index in {@link Topology#residues()}
 * @param name          residue name as in the input ("ALA", "ACE", "HID")
 * @param number        the residue sequence number of the input file (PDB resSeq)
 * @param insertionCode PDB insertion code, or "" for none
 * @param chainIndex    0-based index of the chain in {@link Topology#chains()}
 * @param firstAtom     index of the residue's first atom
 * @param atomCount     number of atoms in the residue
 */
public record Residue(int index, String name, int number, String insertionCode, int chainIndex,
                      int firstAtom, int atomCount) {
    public Residue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(insertionCode, "insertionCode");
    }

    /** One past the index of the last atom. */
    public int endAtom() {
        return firstAtom + atomCount;
    }

    /** "ALA 2" or "ALA 2A": how messages name a residue. */
    public String label() {
        return name + " " + number + insertionCode;
    }
}
