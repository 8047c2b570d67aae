package org.arbg.adapters.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Topology;

/**
 * The stereocentres of natural L amino acids by atom name, each as {centre, a, b, c} with the signed volume
 * (a − centre)·((b − centre) × (c − centre)) positive: CA with (N, C, CB), and CB of THR with (CA, OG1, CG2)
 * and of ILE with (CA, CG1, CG2) (Ile's CG1 sits where Thr's OG1 does). Signs read from alanine dipeptide and
 * chignolin crystal-derived structures in test-data.
 */
final class ChiralSpecs {
    private ChiralSpecs() {
    }

    static List<int[]> of(Topology top) {
        List<int[]> out = new ArrayList<>();
        for (Residue r : top.residues()) {
            Map<String, Integer> a = new HashMap<>();
            for (int i = r.firstAtom(); i < r.endAtom(); i++) {
                a.put(top.atom(i).name(), i);
            }
            add(out, a, "CA", "N", "C", "CB");
            if (r.name().equals("THR")) {
                add(out, a, "CB", "CA", "OG1", "CG2");
            } else if (r.name().equals("ILE")) {
                add(out, a, "CB", "CA", "CG1", "CG2");
            }
        }
        return out;
    }

    private static void add(List<int[]> out, Map<String, Integer> a, String c, String x, String y, String z) {
        if (a.containsKey(c) && a.containsKey(x) && a.containsKey(y) && a.containsKey(z)) {
            out.add(new int[] {a.get(c), a.get(x), a.get(y), a.get(z)});
        }
    }

    /** Sign (+1, −1, or 0 when flat) of the spec's signed volume at positions x (nm). */
    static int sign(int[] spec, double[] x) {
        double[][] v = new double[3][3];
        for (int k = 0; k < 3; k++) {
            for (int d = 0; d < 3; d++) {
                v[k][d] = x[3 * spec[k + 1] + d] - x[3 * spec[0] + d];
            }
        }
        double vol = v[0][0] * (v[1][1] * v[2][2] - v[1][2] * v[2][1])
                - v[0][1] * (v[1][0] * v[2][2] - v[1][2] * v[2][0])
                + v[0][2] * (v[1][0] * v[2][1] - v[1][1] * v[2][0]);
        return (int) Math.signum(vol);
    }
}
