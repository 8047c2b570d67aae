package org.arbg.plugin.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.pdb.PdbReadOptions;
import org.arbg.adapters.pdb.PdbReadResult;
import org.arbg.adapters.pdb.PdbTopologyReader;
import org.arbg.energy.openmm.OpenMMSystem;
import org.arbg.energy.system.SystemLoader;

/**
 * A system directory as {@code arbg prepare} writes it: {@code system.xml} (a serialized OpenMM System) and
 * {@code topology.pdb} (its atoms in System order, whose coordinates start the dynamics). Only what
 * {@code simulate} needs; {@code prepare.json} is not read here.
 *
 * @param dir         the directory
 * @param system      the System (closed with this record)
 * @param positionsNm topology.pdb's coordinates in System order (nm)
 */
public record SystemDirectory(Path dir, OpenMMSystem system, double[] positionsNm) implements AutoCloseable {
    public static final String SYSTEM_XML = "system.xml";
    public static final String TOPOLOGY_PDB = "topology.pdb";

    public SystemDirectory {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(positionsNm, "positionsNm");
    }

    /**
     * Loads a system directory.
     *
     * @throws BadInputException when the directory or a file is missing or unreadable, or the atom counts differ
     */
    public static SystemDirectory load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "", "not a directory; expected a system directory with " + SYSTEM_XML
                    + " and " + TOPOLOGY_PDB + " (made by 'arbg prepare')");
        }
        Path xml = dir.resolve(SYSTEM_XML);
        Path pdb = dir.resolve(TOPOLOGY_PDB);
        for (Path p : new Path[] {xml, pdb}) {
            if (!Files.isRegularFile(p)) {
                throw new BadInputException(p, "", "missing from the system directory (run 'arbg prepare')");
            }
        }
        OpenMMSystem system = SystemLoader.load(xml);
        try {
            PdbReadResult read = new PdbTopologyReader().readWithReport(pdb, PdbReadOptions.defaults());
            double[] structure = read.structure().positionsNm();
            int[] source = read.sourceAtomIndex();
            if (source.length != system.getNumParticles()) {
                throw new BadInputException(pdb, "", "has " + source.length + " atoms but " + xml + " has "
                        + system.getNumParticles() + " particles");
            }
            // the reader may regroup atoms by residue; the System wants file order
            double[] positions = new double[structure.length];
            for (int i = 0; i < source.length; i++) {
                System.arraycopy(structure, 3 * i, positions, 3 * source[i], 3);
            }
            return new SystemDirectory(dir, system, positions);
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    @Override
    public void close() {
        system.close();
    }
}
