package org.arbg.energy.forcefield;

import java.util.List;
import java.util.Objects;
import org.arbg.energy.system.NonbondedMethod;

/**
 * OpenMM's native GBSAOBCForce (OBC2 with ACE surface area), as {@code amber99_obc.xml} defines it.
 *
 * @param particles           one entry per particle
 * @param soluteDielectric    solute dielectric (default 1)
 * @param solventDielectric   solvent dielectric (default 78.3)
 * @param surfaceAreaEnergy   ACE surface tension in kJ/mol/nm² (OpenMM default 2.25936)
 * @param method              cutoff scheme
 * @param cutoffNm            cutoff in nm
 */
public record GbsaObcParameters(List<GbsaObcParticle> particles, double soluteDielectric, double solventDielectric,
                                double surfaceAreaEnergy, NonbondedMethod method, double cutoffNm)
        implements ImplicitSolventParameters {
    /** OpenMM's GBSAOBCForce default surface-area energy, kJ/mol/nm². */
    public static final double DEFAULT_SURFACE_AREA_ENERGY = 2.25936;

    public GbsaObcParameters {
        particles = List.copyOf(particles);
        Objects.requireNonNull(method, "method");
    }
}
