package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Topology;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens trajectory readers and writers, choosing the format from the file extension (.dcd, .xtc, .pdb). */
public final class Trajectories {
    private Trajectories() {
    }

    /** The formats arbg reads and writes; NPY holds coordinates of shape (frames, atoms, 3) in nm. */
    public enum Format {
        DCD, XTC, PDB, NPY;

        /** The format named by the file's extension (case-insensitive). */
        public static Format of(Path path) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".dcd")) {
                return DCD;
            } else if (name.endsWith(".xtc")) {
                return XTC;
            } else if (name.endsWith(".pdb")) {
                return PDB;
            } else if (name.endsWith(".npy")) {
                return NPY;
            }
            throw new BadInputException(path, "", "unknown trajectory format; use a .dcd, .xtc, .pdb or .npy file");
        }
    }

    /** Opens a reader for a file whose atom count the caller checks itself. */
    public static TrajectoryReader openReader(Path path) throws IOException {
        return switch (Format.of(path)) {
            case DCD -> DcdReader.open(path);
            case XTC -> XtcReader.open(path);
            case PDB -> PdbTrajectoryReader.open(path);
            case NPY -> NpyFramesReader.open(path);
        };
    }

    /**
     * Opens a reader and checks its atom count.
     *
     * @param expectedAtoms the atom count of the topology the frames belong to
     * @throws BadInputException if the file's atom count differs (the message names both counts)
     */
    public static TrajectoryReader openReader(Path path, int expectedAtoms) throws IOException {
        TrajectoryReader r = openReader(path);
        if (r.numAtoms() != expectedAtoms) {
            r.close();
            throw new BadInputException(path, "", "the trajectory has " + r.numAtoms()
                    + " atoms but the topology has " + expectedAtoms);
        }
        return r;
    }

    /**
     * Opens a writer for a new file (replaced atomically on close), with the format's defaults: DCD with a 1 ps
     * frame interval, XTC with precision 1000/nm, PDB with names, residues and chains from the topology.
     */
    public static TrajectoryWriter openWriter(Path path, Topology topology) throws IOException {
        return switch (Format.of(path)) {
            case DCD -> DcdWriter.create(path, topology.numAtoms());
            case XTC -> XtcWriter.create(path, topology.numAtoms());
            case PDB -> PdbTrajectoryWriter.create(path, topology);
            case NPY -> NpyFramesWriter.create(path, topology.numAtoms());
        };
    }

    /**
     * Opens a writer for a coordinate-only format (DCD, XTC, NPY), which needs no atom names.
     *
     * @throws BadInputException for a .pdb target, which needs a topology
     */
    public static TrajectoryWriter openWriter(Path path, int numAtoms) throws IOException {
        return switch (Format.of(path)) {
            case DCD -> DcdWriter.create(path, numAtoms);
            case XTC -> XtcWriter.create(path, numAtoms);
            case NPY -> NpyFramesWriter.create(path, numAtoms);
            case PDB -> throw new BadInputException(path, "", "writing PDB needs a topology for atom names");
        };
    }
}
