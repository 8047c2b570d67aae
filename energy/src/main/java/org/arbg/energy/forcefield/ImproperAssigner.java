package org.arbg.energy.forcefield;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Topology;

/**
 * Assigns improper torsions as OpenMM's {@code _matchImproper} plus its per-type-signature cache. The
 * first position of a definition is the central atom; the other three may match in any permutation, and
 * the {@link ImproperOrdering} decides the atom order of the resulting torsion. A definition without
 * wildcards found later replaces an earlier match; a wildcard one never replaces a match.
 */
final class ImproperAssigner {
    private static final int[][] PERMUTATIONS = {{1, 2, 3}, {1, 3, 2}, {2, 1, 3}, {2, 3, 1}, {3, 1, 2}, {3, 2, 1}};

    private final List<TorsionDefinition> definitions;
    private final Topology top;
    private final TemplateAssignment types;
    /** type signature → positions (into the improper tuple) of the chosen order, plus the definition. */
    private final Map<List<String>, Object[]> cache = new HashMap<>();

    ImproperAssigner(List<TorsionDefinition> definitions, Topology top, TemplateAssignment types) {
        this.definitions = definitions;
        this.top = top;
        this.types = types;
    }

    void assign(List<int[]> impropers, List<PeriodicTorsion> out) {
        for (int[] torsion : impropers) {
            List<String> sig = List.of(types.type(torsion[0]), types.type(torsion[1]), types.type(torsion[2]),
                    types.type(torsion[3]));
            Object[] cached = cache.get(sig);
            int[] atoms;
            TorsionDefinition def;
            if (cached != null) {
                if (cached.length == 0) {
                    continue;
                }
                int[] pos = (int[]) cached[0];
                atoms = new int[] {torsion[pos[0]], torsion[pos[1]], torsion[pos[2]], torsion[pos[3]]};
                def = (TorsionDefinition) cached[1];
            } else {
                Object[] match = match(torsion);
                if (match == null) {
                    cache.put(sig, new Object[0]);
                    continue;
                }
                atoms = (int[]) match[0];
                def = (TorsionDefinition) match[1];
                int[] pos = new int[4];
                for (int k = 0; k < 4; k++) {
                    pos[k] = indexOf(torsion, atoms[k]);
                }
                cache.put(sig, new Object[] {pos, def});
            }
            int[] n = def.periodicity();
            double[] phase = def.phaseRad();
            double[] k = def.k();
            for (int t = 0; t < k.length; t++) {
                if (k[t] == 0) {
                    continue;
                }
                out.add(new PeriodicTorsion(atoms[0], atoms[1], atoms[2], atoms[3], n[t], phase[t], k[t]));
                if (def.ordering() == ImproperOrdering.SMIRNOFF) { // the other two torsions of the trefoil
                    out.add(new PeriodicTorsion(atoms[0], atoms[2], atoms[3], atoms[1], n[t], phase[t], k[t]));
                    out.add(new PeriodicTorsion(atoms[0], atoms[3], atoms[1], atoms[2], n[t], phase[t], k[t]));
                }
            }
        }
    }

    /** {atoms in torsion order, definition}, or null. */
    private Object[] match(int[] torsion) {
        String[] type = new String[4];
        for (int i = 0; i < 4; i++) {
            type[i] = types.type(torsion[i]);
        }
        Object[] match = null;
        for (TorsionDefinition def : definitions) {
            boolean wildcard = def.hasWildcard();
            if (match != null && wildcard) {
                continue; // prefer specific definitions over ones with wildcards
            }
            if (!def.types(0).contains(type[0])) {
                continue;
            }
            for (int[] p : PERMUTATIONS) {
                if (def.types(1).contains(type[p[0]]) && def.types(2).contains(type[p[1]])
                        && def.types(3).contains(type[p[2]])) {
                    match = new Object[] {order(torsion, type, p, def, wildcard), def};
                    break;
                }
            }
        }
        return match;
    }

    private int[] order(int[] torsion, String[] type, int[] p, TorsionDefinition def, boolean wildcard) {
        return switch (def.ordering()) {
            case DEFAULT -> amberLikeDefault(torsion, p);
            case CHARMM -> wildcard ? amberLikeDefault(torsion, p)
                    : new int[] {torsion[0], torsion[p[0]], torsion[p[1]], torsion[p[2]]};
            case AMBER -> amber(torsion, type, p, wildcard);
            case SMIRNOFF -> new int[] {torsion[0], torsion[p[0]], torsion[p[1]], torsion[p[2]]};
        };
    }

    /** OpenMM's workaround for AMBER's wildcard impropers: order the two outer atoms by element and index. */
    private int[] amberLikeDefault(int[] torsion, int[] p) {
        int a1 = torsion[p[0]];
        int a2 = torsion[p[1]];
        Element e1 = top.atom(a1).element();
        Element e2 = top.atom(a2).element();
        if ((e1 == e2 && a1 > a2) || (e1 != e2 && e1 != Element.C && (e2 == Element.C || e1.massAmu() < e2.massAmu()))) {
            int t = a1;
            a1 = a2;
            a2 = t;
        }
        return new int[] {a1, a2, torsion[0], torsion[p[2]]};
    }

    /** ordering="amber": sort equivalent outer atoms by residue index, then template atom index. */
    private int[] amber(int[] torsion, String[] type, int[] p, boolean wildcard) {
        int[] a = {0, torsion[p[0]], torsion[p[1]], torsion[p[2]]};
        String[] t = {null, type[p[0]], type[p[1]], type[p[2]]};
        if (!wildcard) {
            if (t[1].equals(t[3]) && later(a[1], a[3])) {
                swap(a, 1, 3);
            }
            if (t[2].equals(t[3]) && later(a[2], a[3])) {
                swap(a, 2, 3);
            }
            if (t[1].equals(t[2]) && later(a[1], a[2])) {
                swap(a, 1, 2);
            }
        } else {
            if (element(a[1]) == element(a[3]) && later(a[1], a[3])) {
                swap(a, 1, 3);
            }
            if (element(a[2]) == element(a[3]) && later(a[2], a[3])) {
                swap(a, 2, 3);
            }
            if (later(a[1], a[2])) {
                swap(a, 1, 2);
            }
        }
        return new int[] {a[1], a[2], torsion[0], a[3]};
    }

    private Element element(int atom) {
        return top.atom(atom).element();
    }

    /** Whether atom x comes after atom y by (residue index, template atom index). */
    private boolean later(int x, int y) {
        int rx = top.atom(x).residueIndex();
        int ry = top.atom(y).residueIndex();
        return rx > ry || (rx == ry && types.templateIndex(x) > types.templateIndex(y));
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        throw new IllegalStateException("atom " + x + " not in improper");
    }
}
