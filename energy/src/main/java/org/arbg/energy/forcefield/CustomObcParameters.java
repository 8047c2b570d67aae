package org.arbg.energy.forcefield;

import java.util.List;
import java.util.Objects;
import org.arbg.energy.system.NonbondedMethod;

/**
 * The OBC1 or OBC2 CustomGBForce that OpenMM's {@code implicit/obc1.xml} / {@code obc2.xml} scripts build
 * (customgbforces.py GBSAOBC1Force / GBSAOBC2Force, mbondi2 radii, ACE surface area). The energy expressions
 * are fixed by the variant; builders of the OpenMM force take them from there.
 *
 * @param variant            OBC1 (igb=2) or OBC2 (igb=5)
 * @param particles          one entry per particle
 * @param soluteDielectric   solute dielectric (default 1)
 * @param solventDielectric  solvent dielectric (default 78.5)
 * @param saltConcentrationMolar salt in mol/L (0 for none), screened with Debye kappa
 * @param temperatureK       temperature for the salt's kappa, K
 * @param method             cutoff scheme
 * @param cutoffNm           cutoff in nm
 */
public record CustomObcParameters(ImplicitSolventScript variant, List<CustomObcParticle> particles,
                                  double soluteDielectric, double solventDielectric, double saltConcentrationMolar,
                                  double temperatureK,
                                  NonbondedMethod method, double cutoffNm) implements ImplicitSolventParameters {
    /** The radius offset of customgbforces.py, nm. */
    public static final double OFFSET_NM = 0.009;

    public CustomObcParameters {
        Objects.requireNonNull(variant, "variant");
        particles = List.copyOf(particles);
        Objects.requireNonNull(method, "method");
    }

    /**
     * Debye screening kappa in 1/nm, as OpenMM's AmberPrmtopFile computes it from salt and temperature: AMBER's
     * constant 50.33355 √(c/ε/T) Å⁻¹, ×0.73 for ion exclusion, ×10 for Å⁻¹ → nm⁻¹.
     */
    public double kappaPerNm() {
        return 50.33355 * Math.sqrt(saltConcentrationMolar / solventDielectric / temperatureK) * 7.3;
    }
}
