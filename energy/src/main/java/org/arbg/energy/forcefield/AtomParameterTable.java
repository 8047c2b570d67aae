package org.arbg.energy.forcefield;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-atom-type values of one force ({@code <NonbondedForce><Atom type="..." charge sigma epsilon>}).
 * A value listed in {@code <UseAttributeFromResidue name="charge"/>} comes from the matched template atom
 * instead (amber14 gives charges per residue atom). Immutable once the force field is loaded.
 */
public final class AtomParameterTable {
    private final String forceName;
    private final List<String> parameterNames;
    private final Map<String, Map<String, Double>> valuesByType = new HashMap<>();

    AtomParameterTable(String forceName, List<String> parameterNames) {
        this.forceName = Objects.requireNonNull(forceName, "forceName");
        this.parameterNames = List.copyOf(parameterNames);
    }

    /** The tag this table came from, e.g. "NonbondedForce". */
    public String forceName() {
        return forceName;
    }

    /** The parameters every atom gets, in order, e.g. charge, sigma, epsilon. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    void put(String type, Map<String, Double> values) {
        valuesByType.put(type, Map.copyOf(values));
    }

    /**
     * The values for an atom of this type matched to a template atom with these per-atom parameters, in the
     * order of {@link #parameterNames()}; empty when a value is missing, with the reason in {@code why[0]}.
     */
    Optional<double[]> lookup(String type, Map<String, Double> templateAtomParameters, String[] why) {
        Map<String, Double> values = valuesByType.get(type);
        if (values == null) {
            why[0] = forceName + " has no parameters for atom type " + type;
            return Optional.empty();
        }
        double[] result = new double[parameterNames.size()];
        for (int i = 0; i < result.length; i++) {
            String name = parameterNames.get(i);
            Double v = values.containsKey(name) ? values.get(name) : templateAtomParameters.get(name);
            if (v == null) {
                why[0] = forceName + " has no value of \"" + name + "\" for atom type " + type;
                return Optional.empty();
            }
            result[i] = v;
        }
        return Optional.of(result);
    }
}
