package org.arbg.energy.forcefield;

/**
 * Nonbonded parameters of one particle.
 *
 * @param charge     in elementary charges
 * @param sigmaNm    Lennard-Jones sigma in nm
 * @param epsilon    Lennard-Jones well depth in kJ/mol
 */
public record NonbondedParticle(double charge, double sigmaNm, double epsilon) {
}
