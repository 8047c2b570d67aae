package org.arbg.energy.forcefield;

/**
 * A {@code <HarmonicBondForce><Bond>} entry: E = ½ k (r − length)².
 *
 * @param types1  types accepted at one end
 * @param types2  types accepted at the other end
 * @param lengthNm equilibrium length in nm
 * @param k       force constant in kJ/mol/nm²
 */
public record BondDefinition(TypeSet types1, TypeSet types2, double lengthNm, double k) {
    boolean matches(String t1, String t2) {
        return (types1.contains(t1) && types2.contains(t2)) || (types1.contains(t2) && types2.contains(t1));
    }
}
