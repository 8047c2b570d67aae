package org.arbg.energy.forcefield;

/**
 * A harmonic bond E = ½ k (r − r0)².
 *
 * @param atom1    particle index
 * @param atom2    particle index
 * @param lengthNm r0 in nm
 * @param k        force constant in kJ/mol/nm²
 */
public record HarmonicBond(int atom1, int atom2, double lengthNm, double k) {
}
