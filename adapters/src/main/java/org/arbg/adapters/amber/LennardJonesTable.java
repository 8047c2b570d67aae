package org.arbg.adapters.amber;

import java.util.ArrayList;
import java.util.List;

import org.arbg.adapters.BadInputException;

/** Per-atom Lennard-Jones parameters from a prmtop's A/B coefficient tables, and the NBFIX check (as OpenMM). */
final class LennardJonesTable {
    private LennardJonesTable() {
    }

    /** r_min/2 (nm) and ε (kJ/mol) of each atom's type, from the type's diagonal A and B coefficients. */
    static List<AmberTerms.LennardJones> perAtom(PrmtopFile p) {
        checkNoHbondTerms(p);
        double[][] typeParams = typeParameters(p);
        List<AmberTerms.LennardJones> out = new ArrayList<>(p.numAtoms());
        for (int t : p.atomTypeIndices()) {
            double[] tp = typeParams[t - 1];
            out.add(new AmberTerms.LennardJones(tp[0] * AmberTerms.ANGSTROM_TO_NM, tp[1] * AmberTerms.KCAL_TO_KJ));
        }
        return out;
    }

    /** True when any type pair's A/B coefficients differ from the Lorentz-Berthelot combination (rel. 1e-6). */
    static boolean hasNbfix(PrmtopFile p) {
        int n = p.numTypes();
        int[] nbIndex = p.ints("NONBONDED_PARM_INDEX");
        double[] acoef = p.doubles("LENNARD_JONES_ACOEF");
        double[] bcoef = p.doubles("LENNARD_JONES_BCOEF");
        double[][] tp = typeParameters(p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int index = nbIndex[n * i + j] - 1;
                if (index < 0) {
                    continue;
                }
                double rij = tp[i][0] + tp[j][0];
                double wdij = Math.sqrt(tp[i][1] * tp[j][1]);
                double a = acoef[index];
                double b = bcoef[index];
                if (a == 0 || b == 0) {
                    if (a != 0 || b != 0 || (wdij != 0 && rij != 0)) {
                        return true;
                    }
                } else if (Math.abs((a - wdij * Math.pow(rij, 12)) / a) > 1e-6
                        || Math.abs((b - 2 * wdij * Math.pow(rij, 6)) / b) > 1e-6) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For each 0-based type: {r_min/2 in Å, ε in kcal/mol}; types no atom uses stay {0, 0}. */
    private static double[][] typeParameters(PrmtopFile p) {
        int n = p.numTypes();
        int[] nbIndex = p.ints("NONBONDED_PARM_INDEX");
        double[] acoef = p.doubles("LENNARD_JONES_ACOEF");
        double[] bcoef = p.doubles("LENNARD_JONES_BCOEF");
        int[] types = p.atomTypeIndices();
        double[][] out = new double[n][2];
        for (int atom = 0; atom < types.length; atom++) {
            int t = types[atom];
            if (t < 1 || t > n) {
                throw new BadInputException(p.source(), p.require("ATOM_TYPE_INDEX").place(atom),
                        "atom type " + t + " is out of range 1.." + n);
            }
            int index = nbIndex[(n + 1) * (t - 1)] - 1;
            if (index < 0) {
                throw new BadInputException(p.source(), p.require("NONBONDED_PARM_INDEX").place((n + 1) * (t - 1)),
                        "10-12 hydrogen-bond interactions are not supported");
            }
            if (index >= acoef.length) {
                throw new BadInputException(p.source(), p.require("NONBONDED_PARM_INDEX").place((n + 1) * (t - 1)),
                        "index " + (index + 1) + " is beyond the Lennard-Jones tables");
            }
            double a = acoef[index];
            double b = bcoef[index];
            if (a == 0 || b == 0) {
                out[t - 1] = new double[] {0.5, 0.0}; // OpenMM: r_min = 1 Å, ε = 0 when a coefficient is zero
            } else {
                out[t - 1] = new double[] {Math.pow(2 * a / b, 1 / 6.0) / 2.0, 0.25 * b * b / a};
            }
        }
        return out;
    }

    private static void checkNoHbondTerms(PrmtopFile p) {
        if (!p.has("HBOND_ACOEF")) {
            return;
        }
        double[] a = p.doubles("HBOND_ACOEF");
        double[] b = p.has("HBOND_BCOEF") ? p.doubles("HBOND_BCOEF") : new double[a.length];
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0 || (i < b.length && b[i] != 0)) {
                throw new BadInputException(p.source(), p.require("HBOND_ACOEF").place(i),
                        "10-12 hydrogen-bond interactions are not supported");
            }
        }
    }
}
