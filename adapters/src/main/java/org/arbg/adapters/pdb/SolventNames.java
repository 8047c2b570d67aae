package org.arbg.adapters.pdb;

import java.util.Locale;
import java.util.Set;

/** Which residues count as solvent for {@link PdbReadOptions#stripSolvent()}. */
final class SolventNames {
    /** Standard water name; its aliases (WAT, SOL, TIP3, SPC, ...) map to it through the name tables. */
    static final String WATER = "HOH";
    /** Water names the alias tables may not know (TIP4P/TIP5P with virtual sites). */
    private static final Set<String> OTHER_WATERS = Set.of("TIP4", "TIP5", "T4P", "T5P", "T4E", "TIP4P", "TIP5P");
    /** Single-atom ion residue names: PDB, AMBER, CHARMM and GROMACS spellings. */
    private static final Set<String> IONS = Set.of(
            "NA", "NA+", "SOD", "CL", "CL-", "CLA", "K", "K+", "POT", "LI", "LI+", "LIT", "RB", "RB+", "CS", "CS+",
            "CES", "MG", "MG2", "MG2+", "CA", "CA2", "CA2+", "CAL", "ZN", "ZN2", "ZN2+", "F", "F-", "BR", "BR-",
            "I", "I-", "IOD", "IB", "IB+");

    private SolventNames() {
    }

    /** Whether a residue with this standard name and atom count is water or a monatomic ion. */
    static boolean isSolvent(String standardName, int atomCount) {
        String upper = standardName.toUpperCase(Locale.ROOT);
        return upper.equals(WATER) || OTHER_WATERS.contains(upper) || atomCount == 1 && IONS.contains(upper);
    }
}
