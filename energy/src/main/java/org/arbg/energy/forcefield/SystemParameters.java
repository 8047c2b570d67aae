package org.arbg.energy.forcefield;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete, immutable, plain-Java description of an OpenMM System built from force-field files: what
 * OpenMM's {@code ForceField.createSystem} would put into the System, without native objects. Particle
 * {@code i} is atom {@code i} of the topology. Units are OpenMM's: nm, rad, kJ/mol, amu, e.
 *
 * @param massesAmu      particle masses in amu (from the atom types, as OpenMM)
 * @param bonds          HarmonicBondForce terms
 * @param angles         HarmonicAngleForce terms
 * @param torsions       PeriodicTorsionForce terms, propers then impropers
 * @param cmap           CMAPTorsionForce, when the force field has one
 * @param nonbonded      NonbondedForce, when the force field has one
 * @param implicitSolvent GB model, when an implicit-solvent file was loaded
 * @param removeCMMotion whether a CMMotionRemover is added
 */
public record SystemParameters(double[] massesAmu, List<HarmonicBond> bonds, List<HarmonicAngle> angles,
                               List<PeriodicTorsion> torsions, Optional<CmapParameters> cmap,
                               Optional<NonbondedParameters> nonbonded, Optional<ImplicitSolventParameters> implicitSolvent,
                               boolean removeCMMotion) {
    public SystemParameters {
        massesAmu = massesAmu.clone();
        bonds = List.copyOf(bonds);
        angles = List.copyOf(angles);
        torsions = List.copyOf(torsions);
        Objects.requireNonNull(cmap, "cmap");
        Objects.requireNonNull(nonbonded, "nonbonded");
        Objects.requireNonNull(implicitSolvent, "implicitSolvent");
    }

    public int numParticles() {
        return massesAmu.length;
    }

    @Override
    public double[] massesAmu() {
        return massesAmu.clone();
    }
}
