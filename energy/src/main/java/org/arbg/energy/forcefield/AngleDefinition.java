package org.arbg.energy.forcefield;

/**
 * A {@code <HarmonicAngleForce><Angle>} entry: E = ½ k (θ − angle)².
 *
 * @param types1   types of an outer atom
 * @param types2   types of the central atom
 * @param types3   types of the other outer atom
 * @param angleRad equilibrium angle in radians
 * @param k        force constant in kJ/mol/rad²
 */
public record AngleDefinition(TypeSet types1, TypeSet types2, TypeSet types3, double angleRad, double k) {
    boolean matches(String t1, String t2, String t3) {
        return types2.contains(t2) && ((types1.contains(t1) && types3.contains(t3))
                || (types1.contains(t3) && types3.contains(t1)));
    }
}
