package org.arbg.plugin.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.amber.AmberStructure;
import org.arbg.adapters.inspect.TopologySummary;
import org.arbg.adapters.pdb.PdbReadOptions;
import org.arbg.adapters.pdb.PdbReadResult;
import org.arbg.adapters.pdb.PdbTopologyReader;
import org.arbg.adapters.topology.Structure;
import org.arbg.plugin.cli.UsageException;

/**
 * A structure a user names on the command line: a PDB (bonds from residue templates) or an AMBER prmtop
 * with coordinates (inpcrd). Knows, for trajectories of the original file, which column each atom came from.
 *
 * @param structure       topology and positions (nm)
 * @param sourceAtomIndex per atom, its index in the file's atom records (trajectories of that file)
 * @param summary         what {@code inspect} prints
 * @param warnings        what the reader had to warn about
 */
record StructureInput(Structure structure, int[] sourceAtomIndex, TopologySummary summary, List<String> warnings) {

    static StructureInput read(Path file, Path coordinates, boolean stripSolvent) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdb") || name.endsWith(".ent")) {
            PdbReadResult r = new PdbTopologyReader().readWithReport(file,
                    stripSolvent ? PdbReadOptions.soluteOnly() : PdbReadOptions.defaults());
            return new StructureInput(r.structure(), r.sourceAtomIndex(), TopologySummary.of(r), r.warnings());
        }
        if (name.endsWith(".prmtop") || name.endsWith(".parm7") || name.endsWith(".top")) {
            if (coordinates == null) {
                throw new UsageException("an AMBER topology has no coordinates: add --coords FILE.inpcrd");
            }
            if (stripSolvent) {
                throw new UsageException("--strip-solvent works on PDB files only");
            }
            Structure s = AmberStructure.read(file, coordinates);
            int[] identity = new int[s.topology().numAtoms()];
            for (int i = 0; i < identity.length; i++) {
                identity[i] = i;
            }
            return new StructureInput(s, identity, TopologySummary.of(s), List.of());
        }
        throw new BadInputException(file, "", "unknown structure format; use a .pdb file or an AMBER .prmtop/.parm7");
    }

    /** Whether the topology's atoms are exactly the file's atoms in file order. */
    boolean inFileOrder() {
        for (int i = 0; i < sourceAtomIndex.length; i++) {
            if (sourceAtomIndex[i] != i) {
                return false;
            }
        }
        return true;
    }
}
