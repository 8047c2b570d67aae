package org.arbg.energy.forcefield;

/**
 * A {@code <CMAPTorsionForce><Torsion>} entry: five consecutive atoms whose two torsions index map {@code map}.
 *
 * @param types the five accepted type sets
 * @param map   index into the force field's CMAP maps
 */
public record CmapDefinition(TypeSet[] types, int map) {
    public CmapDefinition {
        if (types.length != 5) {
            throw new IllegalArgumentException("a CMAP torsion needs 5 type sets");
        }
        types = types.clone();
    }

    boolean matches(String[] t) {
        boolean forward = true;
        boolean backward = true;
        for (int i = 0; i < 5; i++) {
            forward &= types[i].contains(t[i]);
            backward &= types[i].contains(t[4 - i]);
        }
        return forward || backward;
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
}
