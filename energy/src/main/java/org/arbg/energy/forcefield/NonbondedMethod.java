package org.arbg.energy.forcefield;

/**
 * How nonbonded interactions are cut off (OpenMM's {@code NoCutoff}, {@code CutoffNonPeriodic}). Periodic
 * methods are not offered: arbg's systems are in implicit solvent without a box.
 */
public enum NonbondedMethod {
    /** Every pair interacts. OpenMM NonbondedForce method 0. */
    NO_CUTOFF(0),
    /** Pairs beyond the cutoff are ignored; Coulomb uses the reaction field. OpenMM method 1. */
    CUTOFF_NON_PERIODIC(1);

    private final int openmmCode;

    NonbondedMethod(int openmmCode) {
        this.openmmCode = openmmCode;
    }

    /** The value of OpenMM's enum (NonbondedForce, GBSAOBCForce and CustomGBForce agree for these two). */
    public int openmmCode() {
        return openmmCode;
    }
}
