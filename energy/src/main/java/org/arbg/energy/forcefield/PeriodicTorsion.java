package org.arbg.energy.forcefield;

/**
 * One periodic torsion term E = k (1 + cos(n φ − phase)), φ the dihedral of atoms 1-2-3-4 (for an improper,
 * in the order OpenMM's ordering rules chose).
 *
 * @param atom1       particle index
 * @param atom2       particle index
 * @param atom3       particle index
 * @param atom4       particle index
 * @param periodicity n
 * @param phaseRad    phase in radians
 * @param k           amplitude in kJ/mol
 */
public record PeriodicTorsion(int atom1, int atom2, int atom3, int atom4, int periodicity, double phaseRad,
                              double k) {
}
