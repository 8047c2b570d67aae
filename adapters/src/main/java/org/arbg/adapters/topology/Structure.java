package org.arbg.adapters.topology;

import java.util.Objects;
import java.util.Optional;

/**
 * A topology with one set of positions.
 *
 * @param topology    the atoms, residues, chains and bonds
 * @param positionsNm 3 * numAtoms coordinates in nm, x y z per atom
 * @param boxNm       the three periodic box edge lengths in nm, if the input had a box
 */
public record Structure(Topology topology, double[] positionsNm, Optional<double[]> boxNm) {
    public Structure {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(positionsNm, "positionsNm");
        Objects.requireNonNull(boxNm, "boxNm");
        if (positionsNm.length != 3 * topology.numAtoms()) {
            throw new IllegalArgumentException("positions hold " + positionsNm.length / 3.0
                    + " atoms but the topology has " + topology.numAtoms());
        }
    }

    public Structure(Topology topology, double[] positionsNm) {
        this(topology, positionsNm, Optional.empty());
    }
}
