package org.arbg.energy.forcefield;

import java.util.List;
import java.util.Objects;
import org.arbg.energy.system.NonbondedMethod;

/**
 * A NonbondedForce: Coulomb plus Lennard-Jones with Lorentz-Berthelot mixing.
 *
 * @param method                    cutoff scheme
 * @param cutoffNm                  cutoff in nm (stored even with no cutoff, as OpenMM does)
 * @param reactionFieldDielectric   dielectric beyond the cutoff; 1 when implicit solvent is present
 * @param useDispersionCorrection   OpenMM's flag (no effect without periodic boundaries)
 * @param particles                 one entry per particle
 * @param exceptions                excluded and scaled pairs
 */
public record NonbondedParameters(NonbondedMethod method, double cutoffNm, double reactionFieldDielectric,
                                  boolean useDispersionCorrection, List<NonbondedParticle> particles,
                                  List<NonbondedException> exceptions) {
    public NonbondedParameters {
        Objects.requireNonNull(method, "method");
        particles = List.copyOf(particles);
        exceptions = List.copyOf(exceptions);
    }
}
