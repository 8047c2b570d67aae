package org.arbg.energy.forcefield;

/** Generalized-Born implicit solvent of a System: OpenMM's native GBSAOBCForce or an OBC CustomGBForce. */
public sealed interface ImplicitSolvent permits GbsaObcParameters, CustomObcParameters {
    /** Solute dielectric constant. */
    double soluteDielectric();

    /** Solvent dielectric constant. */
    double solventDielectric();

    /** Cutoff scheme. */
    NonbondedMethod method();

    /** Cutoff distance in nm. */
    double cutoffNm();
}
