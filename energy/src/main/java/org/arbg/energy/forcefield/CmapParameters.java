package org.arbg.energy.forcefield;

import java.util.List;

/**
 * A CMAPTorsionForce: energy maps (size × size values in kJ/mol over φ, ψ ∈ [−π, π), row-major as OpenMM)
 * and the torsion pairs that use them.
 *
 * @param maps     the maps' values
 * @param torsions the CMAP terms
 */
public record CmapParameters(List<double[]> maps, List<CmapTorsion> torsions) {
    public CmapParameters {
        maps = maps.stream().map(double[]::clone).toList();
        torsions = List.copyOf(torsions);
    }

    @Override
    public List<double[]> maps() {
        return maps.stream().map(double[]::clone).toList();
    }
}
