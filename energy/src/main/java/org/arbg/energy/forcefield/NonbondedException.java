package org.arbg.energy.forcefield;

/**
 * A pair whose nonbonded interaction replaces the normal one: 1-2 and 1-3 pairs are excluded (all zero,
 * sigma 1 nm as OpenMM writes it), 1-4 pairs are scaled.
 *
 * @param atom1            the lower particle index
 * @param atom2            the higher particle index
 * @param chargeProduct    q1·q2·scale in e²
 * @param sigmaNm          in nm
 * @param epsilon          in kJ/mol
 */
public record NonbondedException(int atom1, int atom2, double chargeProduct, double sigmaNm, double epsilon) {
}
