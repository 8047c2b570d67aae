package org.arbg.energy.forcefield;

import java.util.Objects;
import java.util.Set;

/**
 * The atom types one position of a parameter definition accepts: one type ({@code type1="12"}), every type
 * of a class ({@code class1="CT"}), or any type (the wildcard {@code class1=""}). OpenMM prefers definitions
 * without a wildcard, so the wildcard is remembered apart from the set it expands to.
 *
 * @param types    the accepted type names
 * @param wildcard whether this position was written as the empty class or type
 */
public record TypeSet(Set<String> types, boolean wildcard) {
    public TypeSet {
        types = Set.copyOf(Objects.requireNonNull(types, "types"));
    }

    public boolean contains(String type) {
        return types.contains(type);
    }
}
