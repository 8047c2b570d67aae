package org.arbg.adapters.build;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Topology;

/**
 * Torsions of an ideal, extended peptide for any Z-matrix row, proper or improper.
 *
 * <p>Around a bond p–q (p &lt; q), every substituent of p and of q gets an azimuth about the axis p→q:
 * the substituents of an sp3 centre sit 120° apart, those of an sp2 centre 180° apart, and the two ends are
 * related by one dihedral: backbone φ (C₋₁–N–CA–C), ψ (N–CA–C–O is ψ + 180°), otherwise staggered (anti
 * between the heaviest substituents; 90° off across an sp2–sp3 bond, 180° across sp2–sp2, so amides are
 * trans, ω = 180°). A row (i, b, a, t) then has torsion az(t) − az(i) about b→a, whether t hangs on a
 * (proper) or on b (improper).
 *
 * <p>Handedness: an sp3 centre's substituents go around the axis in the order of the even permutation of its
 * sorted neighbours that starts with the axis partner, clockwise or anticlockwise by a per-centre sign; that
 * order is the same physical arrangement whichever bond is the axis, so flipping one sign mirrors just that
 * centre. {@link PeptideBuilder} sets the signs that give L amino acids.
 */
final class TorsionAssigner {
    /** The even permutations of (0, 1, 2, 3) that start with 0, 1, 2 and 3. */
    private static final int[][] EVEN = {{0, 1, 2, 3}, {1, 0, 3, 2}, {2, 3, 0, 1}, {3, 2, 1, 0}};

    private final Topology top;
    private final IdealGeometry geo;
    private final int[] handedness;
    private final double phi;
    private final double psi;
    private final Map<Long, Map<Integer, Double>> cache = new HashMap<>();

    /**
     * @param handedness +1 or −1 per atom (only sp3 centres with four neighbours use it)
     * @param phi        backbone φ, radians
     * @param psi        backbone ψ, radians
     */
    TorsionAssigner(Topology top, IdealGeometry geo, int[] handedness, double phi, double psi) {
        this.top = top;
        this.geo = geo;
        this.handedness = handedness;
        this.phi = phi;
        this.psi = psi;
    }

    /** Torsion i–b–a–t in radians, in [−π, π), t bonded to a or to b. */
    double torsion(int i, int b, int a, int t) {
        int p = Math.min(b, a);
        Map<Integer, Double> az = azimuths(p, Math.max(b, a));
        double s = b == p ? 1 : -1;
        double x = s * (az.get(t) - az.get(i));
        x = Math.IEEEremainder(x, 2 * Math.PI);
        return x >= Math.PI ? x - 2 * Math.PI : x;
    }

    private Map<Integer, Double> azimuths(int p, int q) {
        return cache.computeIfAbsent((long) p * top.numAtoms() + q, key -> {
            // viewed along p→q, p's substituents turn the other way round than q's
            Map<Integer, Double> offP = offsets(p, q, -handedness[p]);
            Map<Integer, Double> offQ = offsets(q, p, handedness[q]);
            Map<Integer, Double> az = new HashMap<>(offP);
            if (offP.isEmpty() || offQ.isEmpty()) {
                az.putAll(offQ);
                return az;
            }
            double[] rule = relation(p, q, offP, offQ);
            double shift = offP.get((int) rule[0]) + rule[2] - offQ.get((int) rule[1]);
            offQ.forEach((atom, off) -> az.put(atom, off + shift));
            return az;
        });
    }

    /** Azimuth offsets of the substituents of centre c (its neighbours other than o). */
    private Map<Integer, Double> offsets(int c, int o, int sign) {
        int[] nb = top.neighbors(c).clone();
        Arrays.sort(nb);
        Map<Integer, Double> out = new LinkedHashMap<>();
        if (nb.length == 4) {
            int[] perm = EVEN[indexOf(nb, o)];
            for (int k = 1; k < 4; k++) {
                out.put(nb[perm[k]], sign * (k - 1) * 2 * Math.PI / 3);
            }
            return out;
        }
        double step = geo.isSp2(c) ? Math.PI : sign * 2 * Math.PI / 3;
        int k = 0;
        for (int s : nb) {
            if (s != o) {
                out.put(s, k++ * step);
            }
        }
        return out;
    }

    /** {substituent of p, substituent of q, dihedral sp–p–q–sq in radians}. */
    private double[] relation(int p, int q, Map<Integer, Double> offP, Map<Integer, Double> offQ) {
        String np = top.atom(p).name();
        String nq = top.atom(q).name();
        boolean sameResidue = top.atom(p).residueIndex() == top.atom(q).residueIndex();
        if (sameResidue && isPair(np, nq, "N", "CA")) {
            int n = np.equals("N") ? p : q;
            int ca = n == p ? q : p;
            int prevC = neighbourNamed(n, "C", false);
            int c = neighbourNamed(ca, "C", true);
            if (prevC >= 0 && c >= 0) {
                return n == p ? new double[] {prevC, c, phi} : new double[] {c, prevC, phi};
            }
        }
        if (sameResidue && isPair(np, nq, "CA", "C")) {
            int ca = np.equals("CA") ? p : q;
            int c = ca == p ? q : p;
            int n = neighbourNamed(ca, "N", true);
            int o = neighbourNamed(c, "O", true);
            if (n >= 0 && o >= 0) {
                return ca == p ? new double[] {n, o, psi + Math.PI} : new double[] {o, n, psi + Math.PI};
            }
        }
        double d = geo.isSp2(p) == geo.isSp2(q) ? Math.PI : Math.PI / 2;
        return new double[] {heaviest(offP), heaviest(offQ), d};
    }

    private static boolean isPair(String a, String b, String x, String y) {
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }

    /** A neighbour of atom with that name, in the same residue or in another one; −1 if none. */
    private int neighbourNamed(int atom, String name, boolean sameResidue) {
        int r = top.atom(atom).residueIndex();
        for (int j : top.neighbors(atom)) {
            if (top.atom(j).name().equals(name) && (top.atom(j).residueIndex() == r) == sameResidue) {
                return j;
            }
        }
        return -1;
    }

    /** The substituent that defines a staggered relation: C, then N, O, S, then hydrogens; lowest index. */
    private int heaviest(Map<Integer, Double> subs) {
        Comparator<Integer> rank = Comparator.comparingInt(this::elementRank);
        return subs.keySet().stream().min(rank.thenComparing(Comparator.naturalOrder())).orElseThrow();
    }

    private int elementRank(int atom) {
        Element e = top.atom(atom).element();
        return switch (e) {
            case C -> 0;
            case N -> 1;
            case O -> 2;
            case S -> 3;
            case H -> 5;
            default -> 4;
        };
    }

    private static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        throw new IllegalArgumentException(x + " is not a neighbour");
    }
}
