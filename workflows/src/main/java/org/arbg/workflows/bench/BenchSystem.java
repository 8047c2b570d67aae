package org.arbg.workflows.bench;

import org.arbg.adapters.topology.Structure;
import org.arbg.energy.system.PreparedSystem;

/**
 * One rung of the benchmark ladder, prepared and minimised. Close it to free the OpenMM System.
 *
 * @param name             ladder name ("alanine-dipeptide")
 * @param description      how it was made (sequence or file, force field)
 * @param prepared         OpenMM System and the structure it was built from
 * @param minimised        the energy-minimised structure (nm)
 * @param energyBeforeKjMol potential energy before minimisation, kJ/mol
 * @param energyAfterKjMol  potential energy after minimisation, kJ/mol
 */
public record BenchSystem(String name, String description, PreparedSystem prepared, Structure minimised,
                          double energyBeforeKjMol, double energyAfterKjMol) implements AutoCloseable {
    public int numAtoms() {
        return minimised.topology().numAtoms();
    }

    /** Internal-coordinate tokens: 3N − 6. */
    public int numTokens() {
        return 3 * numAtoms() - 6;
    }

    @Override
    public void close() {
        prepared.close();
    }
}
