package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A residue template ({@code <Residues><Residue>}): atoms with types, internal bonds, and how many bonds each
 * atom makes to other residues. Immutable. The order of each atom's bonded list is the order bonds appear
 * in the file, which the matcher's search order depends on (as in OpenMM).
 */
public final class ResidueTemplate {
    private final String name;
    private final List<TemplateAtom> atoms;
    private final int[][] bondedTo;
    private final int[] externalBonds;
    private final int overrideLevel;

    private ResidueTemplate(String name, List<TemplateAtom> atoms, int[][] bondedTo, int[] externalBonds,
                            int overrideLevel) {
        this.name = name;
        this.atoms = List.copyOf(atoms);
        this.bondedTo = bondedTo;
        this.externalBonds = externalBonds;
        this.overrideLevel = overrideLevel;
    }

    public String name() {
        return name;
    }

    public List<TemplateAtom> atoms() {
        return atoms;
    }

    public int numAtoms() {
        return atoms.size();
    }

    /** Template atoms bonded to template atom {@code i} inside the residue, in file order. A copy. */
    public int[] bondedTo(int i) {
        return bondedTo[i].clone();
    }

    int[] bondedToShared(int i) {
        return bondedTo[i];
    }

    /** Number of bonds template atom {@code i} makes to atoms of other residues. */
    public int externalBonds(int i) {
        return externalBonds[i];
    }

    /** Higher levels replace templates of the same name from earlier files. */
    public int overrideLevel() {
        return overrideLevel;
    }

    /** Collects a template while a file is read. */
    static final class Builder {
        private final String name;
        private final int overrideLevel;
        private final List<TemplateAtom> atoms = new ArrayList<>();
        private final Map<String, Integer> indexByName = new HashMap<>();
        private final List<List<Integer>> bonded = new ArrayList<>();
        private final List<Integer> external = new ArrayList<>();

        Builder(String name, int overrideLevel) {
            this.name = Objects.requireNonNull(name, "name");
            this.overrideLevel = overrideLevel;
        }

        /** Returns false when an atom of this name exists already. */
        boolean addAtom(TemplateAtom atom) {
            if (indexByName.putIfAbsent(atom.name(), atoms.size()) != null) {
                return false;
            }
            atoms.add(atom);
            bonded.add(new ArrayList<>(4));
            external.add(0);
            return true;
        }

        /** Index of the named atom, or -1. */
        int indexOf(String atomName) {
            return indexByName.getOrDefault(atomName, -1);
        }

        int numAtoms() {
            return atoms.size();
        }

        void addBond(int a, int b) {
            bonded.get(a).add(b);
            bonded.get(b).add(a);
        }

        void addExternalBond(int a) {
            external.set(a, external.get(a) + 1);
        }

        ResidueTemplate build() {
            int[][] b = new int[atoms.size()][];
            int[] e = new int[atoms.size()];
            for (int i = 0; i < atoms.size(); i++) {
                b[i] = bonded.get(i).stream().mapToInt(Integer::intValue).toArray();
                e[i] = external.get(i);
            }
            return new ResidueTemplate(name, atoms, b, e, overrideLevel);
        }
    }
}
