package org.arbg.adapters.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An immutable molecular topology: chains of residues of atoms, plus covalent bonds. Atoms are contiguous
 * within residues and residues within chains; an atom's index equals its particle index in the OpenMM
 * System built from it. Build one with {@link TopologyBuilder}.
 */
public final class Topology {
    private final List<Chain> chains;
    private final List<Residue> residues;
    private final List<Atom> atoms;
    private final List<Bond> bonds;
    private final int[][] neighbors;

    Topology(List<Chain> chains, List<Residue> residues, List<Atom> atoms, TreeSet<Bond> bonds) {
        this.chains = List.copyOf(chains);
        this.residues = List.copyOf(residues);
        this.atoms = List.copyOf(atoms);
        this.bonds = List.copyOf(bonds);
        List<List<Integer>> adjacency = new ArrayList<>(atoms.size());
        for (int i = 0; i < atoms.size(); i++) {
            adjacency.add(new ArrayList<>(4));
        }
        for (Bond b : bonds) {
            adjacency.get(b.atom1()).add(b.atom2());
            adjacency.get(b.atom2()).add(b.atom1());
        }
        this.neighbors = new int[atoms.size()][];
        for (int i = 0; i < atoms.size(); i++) {
            neighbors[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    public int numAtoms() {
        return atoms.size();
    }

    public int numResidues() {
        return residues.size();
    }

    public List<Chain> chains() {
        return chains;
    }

    public List<Residue> residues() {
        return residues;
    }

    public List<Atom> atoms() {
        return atoms;
    }

    /** Bonds sorted by (atom1, atom2), each with atom1 &lt; atom2. */
    public List<Bond> bonds() {
        return bonds;
    }

    public Atom atom(int index) {
        return atoms.get(Objects.checkIndex(index, atoms.size()));
    }

    public Residue residue(int index) {
        return residues.get(Objects.checkIndex(index, residues.size()));
    }

    public Residue residueOf(int atomIndex) {
        return residues.get(atom(atomIndex).residueIndex());
    }

    public Chain chainOf(Residue residue) {
        return chains.get(residue.chainIndex());
    }

    /** Indices of the atoms bonded to this atom, ascending. The returned array is a copy. */
    public int[] neighbors(int atomIndex) {
        return neighbors[Objects.checkIndex(atomIndex, atoms.size())].clone();
    }

    /** Number of atoms bonded to this atom. */
    public int degree(int atomIndex) {
        return neighbors[Objects.checkIndex(atomIndex, atoms.size())].length;
    }

    public boolean bonded(int a, int b) {
        for (int n : neighbors[Objects.checkIndex(a, atoms.size())]) {
            if (n == b) {
                return true;
            }
        }
        return false;
    }

    /** Atom masses in amu, in atom order. */
    public double[] massesAmu() {
        double[] m = new double[atoms.size()];
        for (Atom a : atoms) {
            m[a.index()] = a.massAmu();
        }
        return m;
    }

    /** "ALA 2 chain A atom CB (index 7)": how messages name an atom. */
    public String describeAtom(int atomIndex) {
        Atom a = atom(atomIndex);
        Residue r = residues.get(a.residueIndex());
        String chain = chains.get(r.chainIndex()).id();
        return r.label() + (chain.isEmpty() ? "" : " chain " + chain) + " atom " + a.name() + " (index " + a.index() + ")";
    }

    /** A copy of this topology with a different bond set (same atoms, residues and chains). */
    public Topology withBonds(Iterable<Bond> newBonds) {
        TreeSet<Bond> set = new TreeSet<>();
        for (Bond b : newBonds) {
            Objects.checkIndex(b.atom2(), atoms.size());
            set.add(b);
        }
        return new Topology(chains, residues, atoms, set);
    }
}
