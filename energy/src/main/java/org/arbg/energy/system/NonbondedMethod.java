package org.arbg.energy.system;

/** How nonbonded interactions are cut off (OpenMM's createSystem vocabulary; only non-periodic methods). */
public enum NonbondedMethod {
    /** Every pair interacts, no cutoff. */
    NO_CUTOFF,
    /** Pairs beyond the cutoff are ignored; Coulomb uses the reaction-field approximation inside it. */
    CUTOFF_NON_PERIODIC
}
