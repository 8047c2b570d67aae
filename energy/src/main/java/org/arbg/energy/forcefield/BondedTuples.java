package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.arbg.adapters.topology.Bond;
import org.arbg.adapters.topology.Topology;

/**
 * The angles, proper torsions and improper torsions implied by a topology's bonds, enumerated and ordered
 * as OpenMM's {@code createSystem} does (angles and propers sorted, each written with its lower end first;
 * impropers as a central atom with every 3-subset of its ≥3 neighbours).
 */
final class BondedTuples {
    final List<int[]> angles;
    final List<int[]> propers;
    final List<int[]> impropers;

    private BondedTuples(List<int[]> angles, List<int[]> propers, List<int[]> impropers) {
        this.angles = angles;
        this.propers = propers;
        this.impropers = impropers;
    }

    static BondedTuples of(Topology top) {
        TreeSet<int[]> angles = new TreeSet<>(Arrays::compare);
        for (Bond b : top.bonds()) {
            for (int a : top.neighbors(b.atom1())) {
                if (a != b.atom2()) {
                    angles.add(a < b.atom2() ? new int[] {a, b.atom1(), b.atom2()} : new int[] {b.atom2(), b.atom1(), a});
                }
            }
            for (int a : top.neighbors(b.atom2())) {
                if (a != b.atom1()) {
                    angles.add(a > b.atom1() ? new int[] {b.atom1(), b.atom2(), a} : new int[] {a, b.atom2(), b.atom1()});
                }
            }
        }
        TreeSet<int[]> propers = new TreeSet<>(Arrays::compare);
        for (int[] g : angles) {
            for (int a : top.neighbors(g[0])) {
                if (a != g[0] && a != g[1] && a != g[2]) {
                    propers.add(a < g[2] ? new int[] {a, g[0], g[1], g[2]} : new int[] {g[2], g[1], g[0], a});
                }
            }
            for (int a : top.neighbors(g[2])) {
                if (a != g[0] && a != g[1] && a != g[2]) {
                    propers.add(a > g[0] ? new int[] {g[0], g[1], g[2], a} : new int[] {a, g[2], g[1], g[0]});
                }
            }
        }
        List<int[]> impropers = new ArrayList<>();
        for (int atom = 0; atom < top.numAtoms(); atom++) {
            int[] nb = top.neighbors(atom);
            for (int i = 0; i < nb.length; i++) {
                for (int j = i + 1; j < nb.length; j++) {
                    for (int k = j + 1; k < nb.length; k++) {
                        impropers.add(new int[] {atom, nb[i], nb[j], nb[k]});
                    }
                }
            }
        }
        return new BondedTuples(List.copyOf(angles), List.copyOf(propers), impropers);
    }
}
