package org.arbg.adapters.pdb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.templates.ResidueTemplates;

/**
 * Groups atom records into chains and residues the way OpenMM's PDB reader does, with standardised names:
 * a new chain at each change of chain id or after TER; a new residue at each change of residue number,
 * insertion code or name; alternate locations keep the first one read.
 *
 * <p>Unlike OpenMM, a residue whose atoms are split into separate runs within its chain (some tools write a
 * molecule's heavy atoms first and its hydrogens after) is reunited when the runs share number, insertion code
 * and name and no atom name repeats; the atoms then move so residues stay contiguous, and a warning says so.
 */
final class ResidueAssembler {
    private ResidueAssembler() {
    }

    /** Chains of residues, in file order of first appearance. */
    static List<List<ResidueGroup>> assemble(Path file, List<PdbAtomLine> records, ResidueTemplates templates,
                                             List<String> warnings) {
        List<List<ResidueGroup>> chains = new ArrayList<>();
        for (List<ResidueGroup> runs : splitIntoRuns(file, records, templates)) {
            chains.add(reunite(runs, warnings));
        }
        return chains;
    }

    private static List<List<ResidueGroup>> splitIntoRuns(Path file, List<PdbAtomLine> records,
                                                          ResidueTemplates templates) {
        List<List<ResidueGroup>> chains = new ArrayList<>();
        List<ResidueGroup> chain = null;
        ResidueGroup run = null;
        for (PdbAtomLine a : records) {
            if (chain == null || a.afterTer() || !a.chainId().equals(run.chainId)) {
                chain = new ArrayList<>();
                chains.add(chain);
                run = null;
            }
            if (run != null && run.sameNumber(a) && !run.fileName.equals(a.residueName()) && a.altLoc() != ' ') {
                continue; // an alternate residue at this position (point mutation): keep the first one read
            }
            if (run == null || !run.sameNumber(a) || !run.fileName.equals(a.residueName())) {
                run = new ResidueGroup(a, templates.standardResidueName(a.residueName()));
                chain.add(run);
            }
            String name = templates.standardAtomName(run.standardName, a.name());
            PdbAtomLine earlier = run.atoms.get(name);
            if (earlier == null) {
                run.atoms.put(name, a);
            } else if (a.altLoc() == ' ' || a.altLoc() == earlier.altLoc()) {
                throw new BadInputException(file, "line " + a.line(), "atom " + name + " of " + run.label()
                        + " appears twice (also at line " + earlier.line() + ")");
            }
            // else: another alternate location of an atom already read; the first one is kept
        }
        return chains;
    }

    private static List<ResidueGroup> reunite(List<ResidueGroup> runs, List<String> warnings) {
        List<ResidueGroup> residues = new ArrayList<>();
        for (ResidueGroup run : runs) {
            ResidueGroup home = null;
            for (ResidueGroup r : residues) {
                if (r.sameKey(run) && r.atoms.keySet().stream().noneMatch(run.atoms::containsKey)) {
                    home = r;
                    break;
                }
            }
            if (home == null) {
                residues.add(run);
                continue;
            }
            home.atoms.putAll(run.atoms);
            warnings.add(run.label() + ": the atoms from line " + run.firstLine() + " continue the residue begun"
                    + " at line " + home.firstLine() + "; they were moved next to it, so atom order differs from"
                    + " the file (see PdbReadResult.sourceAtomIndex)");
        }
        return residues;
    }
}
