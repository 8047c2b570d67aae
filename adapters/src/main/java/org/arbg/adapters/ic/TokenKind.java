package org.arbg.adapters.ic;

/** What one model token (one internal coordinate) measures. */
public enum TokenKind {
    /** A bond length in nm. */
    BOND(false),
    /** A bond angle in radians, in [0, π]. */
    ANGLE(false),
    /** A dihedral (torsion) angle in radians, periodic on [−π, π). */
    TORSION(true);

    private final boolean periodic;

    TokenKind(boolean periodic) {
        this.periodic = periodic;
    }

    /** True when the coordinate lives on a circle (torsions). */
    public boolean periodic() {
        return periodic;
    }
}
