package org.arbg.energy.forcefield;

import org.arbg.energy.system.NonbondedMethod;

/** Generalized-Born implicit solvent of a System: OpenMM's native GBSAOBCForce or an OBC CustomGBForce. */
public sealed interface ImplicitSolventParameters permits GbsaObcParameters, CustomObcParameters {
    /** Solute dielectric constant. */
    double soluteDielectric();

    /** Solvent dielectric constant. */
    double solventDielectric();

    /** Cutoff scheme. */
    NonbondedMethod method();

    /** Cutoff distance in nm. */
    double cutoffNm();
}
