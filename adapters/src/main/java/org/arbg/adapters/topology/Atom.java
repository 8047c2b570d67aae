package org.arbg.adapters.topology;

import java.util.Objects;

/**
 * One atom. Invariant: {@code index} is the atom's position in {@link Topology#atoms()}, which is also its
 * particle index in an OpenMM System built from the topology.
 *
 * @param index        0-based index in the topology
 * @param name         atom name as in the input (e.g. "CA", "HH31")
 * @param element      chemical element
 * @param residueIndex 0-based index of the residue in {@link Topology#residues()}
 * @param serial       the serial number in the input file (PDB column 7-11), or index+1 when there is none
 */
public record Atom(int index, String name, Element element, int residueIndex, int serial) {
    public Atom {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(element, "element");
    }

    /** Mass in amu. */
    public double massAmu() {
        return element.massAmu();
    }
}
