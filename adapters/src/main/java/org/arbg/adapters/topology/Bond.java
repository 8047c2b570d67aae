package org.arbg.adapters.topology;

/** A covalent bond between two atoms; stored with {@code atom1 < atom2}. */
public record Bond(int atom1, int atom2) implements Comparable<Bond> {
    public Bond {
        if (atom1 == atom2) {
            throw new IllegalArgumentException("an atom cannot bond to itself: " + atom1);
        }
        if (atom1 > atom2) {
            int t = atom1;
            atom1 = atom2;
            atom2 = t;
        }
    }

    @Override
    public int compareTo(Bond o) {
        return atom1 != o.atom1 ? Integer.compare(atom1, o.atom1) : Integer.compare(atom2, o.atom2);
    }
}
