package org.arbg.energy.system;

import java.util.Objects;
import org.arbg.adapters.topology.Structure;
import org.arbg.energy.openmm.OpenMMSystem;

/**
 * A System ready for energies, MD and sampling: the OpenMM System, its topology with the starting positions
 * (atom i = particle i), and how it was made. Close it to free the native System.
 */
public record PreparedSystem(OpenMMSystem system, Structure structure, PrepareInfo info) implements AutoCloseable {
    public PreparedSystem {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(info, "info");
        if (system.getNumParticles() != structure.topology().numAtoms()) {
            throw new IllegalArgumentException("the System has " + system.getNumParticles()
                    + " particles but the topology has " + structure.topology().numAtoms() + " atoms");
        }
    }

    /** k_B T in kJ/mol at the prepared temperature. */
    public double kTKjPerMol() {
        return org.arbg.energy.openmm.EnergyEvaluator.MOLAR_GAS_CONSTANT_R * info.temperatureK();
    }

    @Override
    public void close() {
        system.close();
    }
}
