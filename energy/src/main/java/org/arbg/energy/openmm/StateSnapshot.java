package org.arbg.energy.openmm;

import java.util.Objects;
import java.util.Optional;

/**
 * One moment of a trajectory, as fetched once per report for all reporters.
 *
 * @param step                 MD steps since the start of the run
 * @param timePs               simulation time (ps)
 * @param positionsNm          x y z per particle (nm)
 * @param velocitiesNmPerPs    x y z per particle (nm/ps), or null when not fetched
 * @param potentialKjPerMol    potential energy (kJ/mol)
 * @param kineticKjPerMol      kinetic energy (kJ/mol); for LangevinMiddleIntegrator from half-step velocities
 */
public record StateSnapshot(long step, double timePs, double[] positionsNm, double[] velocitiesNmPerPs,
                            double potentialKjPerMol, double kineticKjPerMol) {
    public StateSnapshot {
        Objects.requireNonNull(positionsNm, "positionsNm");
    }

    /** The velocities when they were fetched. */
    public Optional<double[]> velocities() {
        return Optional.ofNullable(velocitiesNmPerPs);
    }

    /** True when positions and potential energy are all finite (the dynamics has not blown up). */
    public boolean isFinite() {
        if (!Double.isFinite(potentialKjPerMol)) {
            return false;
        }
        for (double v : positionsNm) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
