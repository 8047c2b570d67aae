package org.arbg.energy.forcefield;

import java.util.Objects;

/**
 * A {@code <PeriodicTorsionForce>} {@code <Proper>} or {@code <Improper>} entry with one or more terms
 * E = k (1 + cos(n φ − phase)). For an improper the first position is the central atom.
 *
 * @param types       the four accepted type sets
 * @param periodicity n of each term
 * @param phaseRad    phase of each term in radians
 * @param k           amplitude of each term in kJ/mol
 * @param ordering    atom ordering rule (impropers only)
 */
public record TorsionDefinition(TypeSet[] types, int[] periodicity, double[] phaseRad, double[] k,
                                ImproperOrdering ordering) {
    public TorsionDefinition {
        if (types.length != 4 || periodicity.length != phaseRad.length || phaseRad.length != k.length) {
            throw new IllegalArgumentException("a torsion needs 4 type sets and equal term counts");
        }
        types = types.clone();
        periodicity = periodicity.clone();
        phaseRad = phaseRad.clone();
        k = k.clone();
        Objects.requireNonNull(ordering, "ordering");
    }

    TypeSet types(int position) {
        return types[position];
    }

    int numTerms() {
        return k.length;
    }

    boolean hasWildcard() {
        for (TypeSet t : types) {
            if (t.wildcard()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public TypeSet[] types() {
        return types.clone();
    }

    @Override
    public int[] periodicity() {
        return periodicity.clone();
    }

    @Override
    public double[] phaseRad() {
        return phaseRad.clone();
    }

    @Override
    public double[] k() {
        return k.clone();
    }
}
