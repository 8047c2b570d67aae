package org.arbg.adapters.ic;

/**
 * One row of a Z-matrix: the atom it places and its three reference atoms (topology indices), or
 * {@link #NONE} where the row has fewer references (the first three rows).
 *
 * <p>The atom is placed at distance {@code |x_atom − x_bond|} (nm) from the bond reference, at angle
 * atom–bond–angle (radians, in [0, π]) and with torsion atom–bond–angle–torsion (radians, in [−π, π)).
 * In a proper (chain) row the torsion reference is bonded to the angle reference; in an improper row it is
 * bonded to the bond reference instead.
 *
 * @param atom    index of the atom this row places
 * @param bond    bond reference, or NONE for the first row
 * @param angle   angle reference, or NONE for the first two rows
 * @param torsion torsion reference, or NONE for the first three rows
 */
public record ZMatrixRow(int atom, int bond, int angle, int torsion) {
    /** Marks a missing reference. */
    public static final int NONE = -1;

    public ZMatrixRow {
        if (atom < 0 || bond < NONE || angle < NONE || torsion < NONE) {
            throw new IllegalArgumentException("negative index in Z-matrix row " + java.util.Arrays.toString(
                    new int[] {atom, bond, angle, torsion}));
        }
    }

    /** Number of references present: 0, 1, 2 or 3. */
    public int numReferences() {
        return bond == NONE ? 0 : angle == NONE ? 1 : torsion == NONE ? 2 : 3;
    }

    /** The row as {@code [atom, bond, angle, torsion]}. */
    public int[] toArray() {
        return new int[] {atom, bond, angle, torsion};
    }
}
