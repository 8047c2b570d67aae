package org.arbg.adapters.amber;

import java.nio.file.Path;

import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;

/** A prmtop's topology with the positions (nm) of a matching inpcrd. */
public final class AmberStructure {
    private AmberStructure() {
    }

    /**
     * Reads both files and checks they describe the same number of atoms.
     *
     * @throws org.arbg.adapters.BadInputException naming the inpcrd when its atom count differs from the prmtop's
     */
    public static Structure read(Path prmtopFile, Path inpcrdFile) {
        PrmtopFile prmtop = PrmtopFile.read(prmtopFile);
        InpcrdFile inpcrd = InpcrdFile.read(inpcrdFile);
        inpcrd.requireNumAtoms(prmtop.numAtoms(), prmtopFile.toString());
        Topology topology = PrmtopTopology.build(prmtop);
        return new Structure(topology, inpcrd.positionsNm(),
                inpcrd.box().map(b -> new double[] {b[0], b[1], b[2]}));
    }
}
