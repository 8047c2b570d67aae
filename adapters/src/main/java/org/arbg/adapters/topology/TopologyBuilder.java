package org.arbg.adapters.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Builds a {@link Topology} in file order: {@code addChain}, then {@code addResidue} for each residue of it,
 * then {@code addAtom} for each atom of that residue; bonds may be added at any time.
 */
public final class TopologyBuilder {
    private final List<Chain> chains = new ArrayList<>();
    private final List<Residue> residues = new ArrayList<>();
    private final List<Atom> atoms = new ArrayList<>();
    private final TreeSet<Bond> bonds = new TreeSet<>();

    /** Starts a new chain; returns its index. */
    public int addChain(String id) {
        closeChain();
        chains.add(new Chain(chains.size(), id == null ? "" : id.trim(), residues.size(), 0));
        return chains.size() - 1;
    }

    /** Starts a new residue in the current chain; returns its index. */
    public int addResidue(String name, int number, String insertionCode) {
        if (chains.isEmpty()) {
            throw new IllegalStateException("addChain before addResidue");
        }
        closeResidue();
        residues.add(new Residue(residues.size(), name.trim(), number,
                insertionCode == null ? "" : insertionCode.trim(), chains.size() - 1, atoms.size(), 0));
        return residues.size() - 1;
    }

    /** Adds an atom to the current residue; returns its index. */
    public int addAtom(String name, Element element, int serial) {
        if (residues.isEmpty()) {
            throw new IllegalStateException("addResidue before addAtom");
        }
        Objects.requireNonNull(element, "element");
        atoms.add(new Atom(atoms.size(), name.trim(), element, residues.size() - 1, serial));
        return atoms.size() - 1;
    }

    /** Adds an atom numbered index+1. */
    public int addAtom(String name, Element element) {
        return addAtom(name, element, atoms.size() + 1);
    }

    public void addBond(int atom1, int atom2) {
        Objects.checkIndex(atom1, atoms.size());
        Objects.checkIndex(atom2, atoms.size());
        bonds.add(new Bond(atom1, atom2));
    }

    public int numAtoms() {
        return atoms.size();
    }

    public Topology build() {
        closeChain();
        return new Topology(chains, residues, atoms, bonds);
    }

    private void closeResidue() {
        if (!residues.isEmpty()) {
            Residue r = residues.get(residues.size() - 1);
            residues.set(r.index(), new Residue(r.index(), r.name(), r.number(), r.insertionCode(), r.chainIndex(),
                    r.firstAtom(), atoms.size() - r.firstAtom()));
        }
    }

    private void closeChain() {
        closeResidue();
        if (!chains.isEmpty()) {
            Chain c = chains.get(chains.size() - 1);
            chains.set(c.index(), new Chain(c.index(), c.id(), c.firstResidue(), residues.size() - c.firstResidue()));
        }
    }
}
