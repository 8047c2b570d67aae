package org.arbg.adapters.amber;

import static org.arbg.adapters.amber.PrmtopFile.IFBOX;
import static org.arbg.adapters.amber.PrmtopFile.MBONA;
import static org.arbg.adapters.amber.PrmtopFile.MPHIA;
import static org.arbg.adapters.amber.PrmtopFile.MTHETA;
import static org.arbg.adapters.amber.PrmtopFile.NATOM;
import static org.arbg.adapters.amber.PrmtopFile.NBONA;
import static org.arbg.adapters.amber.PrmtopFile.NBONH;
import static org.arbg.adapters.amber.PrmtopFile.NEXT;
import static org.arbg.adapters.amber.PrmtopFile.NPHIA;
import static org.arbg.adapters.amber.PrmtopFile.NPHIH;
import static org.arbg.adapters.amber.PrmtopFile.NPTRA;
import static org.arbg.adapters.amber.PrmtopFile.NRES;
import static org.arbg.adapters.amber.PrmtopFile.NTHETA;
import static org.arbg.adapters.amber.PrmtopFile.NTHETH;
import static org.arbg.adapters.amber.PrmtopFile.NTYPES;
import static org.arbg.adapters.amber.PrmtopFile.NUMANG;
import static org.arbg.adapters.amber.PrmtopFile.NUMBND;

import org.arbg.adapters.BadInputException;

/** Checks that every section a prmtop needs is present with the length its POINTERS imply. */
final class PrmtopChecks {
    private static final String[] REQUIRED = {"ATOM_NAME", "CHARGE", "MASS", "ATOM_TYPE_INDEX",
        "NUMBER_EXCLUDED_ATOMS", "NONBONDED_PARM_INDEX", "RESIDUE_LABEL", "RESIDUE_POINTER", "BOND_FORCE_CONSTANT",
        "BOND_EQUIL_VALUE", "ANGLE_FORCE_CONSTANT", "ANGLE_EQUIL_VALUE", "DIHEDRAL_FORCE_CONSTANT",
        "DIHEDRAL_PERIODICITY", "DIHEDRAL_PHASE", "LENNARD_JONES_ACOEF", "LENNARD_JONES_BCOEF", "BONDS_INC_HYDROGEN",
        "BONDS_WITHOUT_HYDROGEN", "ANGLES_INC_HYDROGEN", "ANGLES_WITHOUT_HYDROGEN", "DIHEDRALS_INC_HYDROGEN",
        "DIHEDRALS_WITHOUT_HYDROGEN", "EXCLUDED_ATOMS_LIST", "AMBER_ATOM_TYPE"};

    private PrmtopChecks() {
    }

    static void check(PrmtopFile f) {
        int natom = f.pointer(NATOM);
        int ntypes = f.pointer(NTYPES);
        if (natom < 1) {
            throw new BadInputException(f.source(), f.require("POINTERS").place(0), "NATOM is " + natom);
        }
        for (String flag : new String[] {"ATOM_NAME", "CHARGE", "MASS", "ATOM_TYPE_INDEX", "NUMBER_EXCLUDED_ATOMS",
                "AMBER_ATOM_TYPE"}) {
            length(f, flag, natom);
        }
        for (String flag : new String[] {"RADII", "SCREEN", "ATOMIC_NUMBER"}) {
            if (f.has(flag)) {
                length(f, flag, natom);
            }
        }
        length(f, "NONBONDED_PARM_INDEX", ntypes * ntypes);
        length(f, "LENNARD_JONES_ACOEF", ntypes * (ntypes + 1) / 2);
        length(f, "LENNARD_JONES_BCOEF", ntypes * (ntypes + 1) / 2);
        length(f, "RESIDUE_LABEL", f.pointer(NRES));
        length(f, "RESIDUE_POINTER", f.pointer(NRES));
        length(f, "BOND_FORCE_CONSTANT", f.pointer(NUMBND));
        length(f, "BOND_EQUIL_VALUE", f.pointer(NUMBND));
        length(f, "ANGLE_FORCE_CONSTANT", f.pointer(NUMANG));
        length(f, "ANGLE_EQUIL_VALUE", f.pointer(NUMANG));
        for (String flag : new String[] {"DIHEDRAL_FORCE_CONSTANT", "DIHEDRAL_PERIODICITY", "DIHEDRAL_PHASE"}) {
            length(f, flag, f.pointer(NPTRA));
        }
        for (String flag : new String[] {"SCEE_SCALE_FACTOR", "SCNB_SCALE_FACTOR"}) {
            if (f.has(flag)) {
                length(f, flag, f.pointer(NPTRA));
            }
        }
        length(f, "BONDS_INC_HYDROGEN", 3 * f.pointer(NBONH));
        lengthEither(f, "BONDS_WITHOUT_HYDROGEN", 3 * f.pointer(MBONA), 3 * f.pointer(NBONA));
        length(f, "ANGLES_INC_HYDROGEN", 4 * f.pointer(NTHETH));
        lengthEither(f, "ANGLES_WITHOUT_HYDROGEN", 4 * f.pointer(MTHETA), 4 * f.pointer(NTHETA));
        length(f, "DIHEDRALS_INC_HYDROGEN", 5 * f.pointer(NPHIH));
        lengthEither(f, "DIHEDRALS_WITHOUT_HYDROGEN", 5 * f.pointer(MPHIA), 5 * f.pointer(NPHIA));
        length(f, "EXCLUDED_ATOMS_LIST", f.pointer(NEXT));
        if (f.pointer(IFBOX) > 0 && f.has("BOX_DIMENSIONS")) {
            length(f, "BOX_DIMENSIONS", 4);
        }
        for (String flag : REQUIRED) {
            f.require(flag);
        }
        checkResiduePointers(f, natom);
    }

    private static void length(PrmtopFile f, String flag, int expected) {
        lengthEither(f, flag, expected, expected);
    }

    private static void lengthEither(PrmtopFile f, String flag, int expected, int alternative) {
        PrmtopSection s = f.section(flag).orElse(null);
        if (s == null) {
            return; // absence is reported after all present sections were checked: a short one names the truncation
        }
        if (s.size() != expected && s.size() != alternative) {
            throw new BadInputException(f.source(), s.place(Math.max(0, s.size() - 1)),
                    "%FLAG " + flag + " has " + s.size() + " values but POINTERS imply " + expected
                            + " (truncated or edited file?)");
        }
    }

    private static void checkResiduePointers(PrmtopFile f, int natom) {
        int[] first = f.ints("RESIDUE_POINTER");
        PrmtopSection s = f.require("RESIDUE_POINTER");
        for (int i = 0; i < first.length; i++) {
            boolean ok = first[i] >= 1 && first[i] <= natom && (i == 0 ? first[i] == 1 : first[i] > first[i - 1]);
            if (!ok) {
                throw new BadInputException(f.source(), s.place(i), "residue " + (i + 1) + " starts at atom " + first[i]
                        + ": residue pointers must start at 1 and increase up to NATOM = " + natom);
            }
        }
    }
}
