package org.arbg.energy.forcefield;

/**
 * A harmonic angle E = ½ k (θ − θ0)².
 *
 * @param atom1    particle index of an outer atom
 * @param atom2    particle index of the central atom
 * @param atom3    particle index of the other outer atom
 * @param angleRad θ0 in radians
 * @param k        force constant in kJ/mol/rad²
 */
public record HarmonicAngle(int atom1, int atom2, int atom3, double angleRad, double k) {
}
