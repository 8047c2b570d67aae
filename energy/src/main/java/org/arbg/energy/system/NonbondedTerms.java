package org.arbg.energy.system;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.arbg.adapters.amber.AmberTerms;
import org.arbg.energy.openmm.OpenMMNative;

/** The NonbondedForce of a prmtop: per-atom charge and Lennard-Jones, scaled 1-4 exceptions, then exclusions. */
final class NonbondedTerms {
    private NonbondedTerms() {
    }

    static OpenMMNative.NonbondedForce create(AmberTerms terms, double[] charges, AmberSystemOptions options) {
        OpenMMNative.NonbondedForce f = new OpenMMNative.NonbondedForce();
        if (options.nonbondedMethod() == NonbondedMethod.CUTOFF_NON_PERIODIC) {
            f.setNonbondedMethod(OpenMMNative.NonbondedForce.CutoffNonPeriodic);
            f.setCutoffDistance(options.cutoffNm());
        } else {
            f.setNonbondedMethod(OpenMMNative.NonbondedForce.NoCutoff);
        }
        List<AmberTerms.LennardJones> lj = terms.lennardJones();
        for (int i = 0; i < charges.length; i++) {
            AmberTerms.LennardJones p = lj.get(i);
            f.addParticle(charges[i], p.rVdwNm() * AmberSystemBuilder.SIGMA_FROM_RVDW, p.epsilonKj());
        }
        int n = charges.length;
        Set<Long> pairs14 = new HashSet<>();
        for (AmberTerms.Pair14 p : terms.pairs14()) {
            f.addException(p.atom1(), p.atom2(), p.chargeProduct() / p.scee(),
                    p.rMinNm() * AmberSystemBuilder.SIGMA_FROM_RMIN, p.epsilonKj() / p.scnb());
            pairs14.add(key(p.atom1(), p.atom2(), n));
        }
        List<int[]> excluded = terms.excludedAtoms();
        for (int i = 0; i < n; i++) {
            for (int j : excluded.get(i)) {
                if (!pairs14.contains(key(i, j, n))) {
                    f.addException(i, j, 0.0, 0.1, 0.0);
                }
            }
        }
        return f;
    }

    private static long key(int a, int b, int n) {
        return (long) Math.min(a, b) * n + Math.max(a, b);
    }
}
