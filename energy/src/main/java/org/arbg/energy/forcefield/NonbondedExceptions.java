package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.arbg.adapters.topology.Topology;

/**
 * OpenMM's {@code NonbondedForce::createExceptionsFromBonds}: pairs within two bonds are excluded, pairs
 * exactly three bonds apart (and not closer through a ring) interact with scaled Coulomb and Lennard-Jones.
 */
final class NonbondedExceptions {
    private NonbondedExceptions() {
    }

    static List<NonbondedException> fromBonds(Topology top, List<NonbondedParticle> particles, double coulomb14Scale,
                                              double lj14Scale) {
        List<NonbondedException> out = new ArrayList<>();
        for (int i = 0; i < top.numAtoms(); i++) {
            TreeSet<Integer> within2 = within(top, i, 2);
            for (int j : within(top, i, 3)) {
                if (j >= i) {
                    continue;
                }
                if (within2.contains(j)) {
                    out.add(new NonbondedException(j, i, 0.0, 1.0, 0.0));
                } else {
                    NonbondedParticle p1 = particles.get(j);
                    NonbondedParticle p2 = particles.get(i);
                    out.add(new NonbondedException(j, i, coulomb14Scale * p1.charge() * p2.charge(),
                            0.5 * (p1.sigmaNm() + p2.sigmaNm()), lj14Scale * Math.sqrt(p1.epsilon() * p2.epsilon())));
                }
            }
        }
        return out;
    }

    /** Atoms reachable from {@code start} in 1..depth bonds, excluding {@code start}. */
    private static TreeSet<Integer> within(Topology top, int start, int depth) {
        TreeSet<Integer> seen = new TreeSet<>();
        List<Integer> frontier = List.of(start);
        for (int d = 0; d < depth; d++) {
            List<Integer> next = new ArrayList<>();
            for (int a : frontier) {
                for (int b : top.neighbors(a)) {
                    if (b != start && seen.add(b)) {
                        next.add(b);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }
}
