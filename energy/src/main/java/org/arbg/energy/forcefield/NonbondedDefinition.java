package org.arbg.energy.forcefield;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code <NonbondedForce>} of a force field.
 *
 * @param coulomb14Scale          factor on the Coulomb energy of 1-4 pairs
 * @param lj14Scale               factor on the Lennard-Jones epsilon of 1-4 pairs
 * @param useDispersionCorrection the file's {@code useDispersionCorrection}, if it sets one
 * @param atoms                   charge (e), sigma (nm), epsilon (kJ/mol) per atom type
 */
public record NonbondedDefinition(double coulomb14Scale, double lj14Scale, Optional<Boolean> useDispersionCorrection,
                                  AtomParameterTable atoms) {
    public NonbondedDefinition {
        Objects.requireNonNull(useDispersionCorrection, "useDispersionCorrection");
        Objects.requireNonNull(atoms, "atoms");
    }
}
