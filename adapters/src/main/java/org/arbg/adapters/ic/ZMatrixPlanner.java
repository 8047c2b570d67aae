package org.arbg.adapters.ic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Atom;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Topology;

/**
 * Chooses the placement order and reference atoms of a topology's Z-matrix.
 *
 * <p>Order. Heavy atoms ("skeleton"; all atoms if there are none) are placed by a graph traversal that
 * always takes the reachable atom with the smallest key. With a recognised peptide backbone the key is
 * (residue, backbone before side chain, backbone rank N/CA/C/O/OXT or side-chain depth from the backbone,
 * atom name); otherwise (generic molecules) the traversal starts at a terminal heavy atom at the end of a
 * longest path, and the key is (depth, name): a breadth-first search. Names, not input indices, break ties,
 * so the order is the same for any atom or bond order of the input. Each hydrogen comes right after its
 * heavy parent as soon as it can be placed with heavy references only (at a chain start, after the third
 * heavy atom); the rest, e.g. on molecules with fewer than three heavy atoms, come at the end.
 *
 * <p>References (rows after the third): among all (b, a, t) of placed atoms with b bonded to the atom and
 * a bonded to b, and t bonded to a (chain) or else to b (improper), take the one with the fewest hydrogens,
 * then a chain before an improper, then the latest-placed b (ring closures follow the traversal), then the
 * earliest-placed a and t.
 */
final class ZMatrixPlanner {
    private final Topology top;
    private final int n;
    private final int[][] nbrs;
    private final boolean[] skeleton;
    private final int[] pos;
    private final List<ZMatrixRow> rows = new ArrayList<>();

    private ZMatrixPlanner(Topology top) {
        this.top = top;
        this.n = top.numAtoms();
        this.nbrs = new int[n][];
        this.skeleton = new boolean[n];
        this.pos = new int[n];
        Arrays.fill(pos, -1);
        boolean anyHeavy = false;
        for (int i = 0; i < n; i++) {
            nbrs[i] = top.neighbors(i);
            anyHeavy |= top.atom(i).element() != Element.H;
        }
        for (int i = 0; i < n; i++) {
            skeleton[i] = !anyHeavy || top.atom(i).element() != Element.H;
        }
    }

    static ZMatrix plan(Topology top) {
        if (top.numAtoms() < 3) {
            throw new BadInputException("topology", "", "a Z-matrix needs at least 3 atoms, this topology has "
                    + top.numAtoms());
        }
        ZMatrixPlanner p = new ZMatrixPlanner(top);
        p.run();
        List<String> names = new ArrayList<>(p.n);
        for (Atom a : top.atoms()) {
            names.add(a.name());
        }
        return new ZMatrix(p.rows, names);
    }

    private void run() {
        Comparator<Integer> key = skeletonKey();
        int start = -1;
        for (int i = 0; i < n; i++) {
            if (skeleton[i] && (start < 0 || key.compare(i, start) < 0)) {
                start = i;
            }
        }
        PriorityQueue<Integer> frontier = new PriorityQueue<>(key);
        boolean[] queued = new boolean[n];
        TreeSet<Integer> pending = new TreeSet<>(pendingOrder());
        frontier.add(start);
        queued[start] = true;
        while (!frontier.isEmpty()) {
            int x = frontier.poll();
            place(x, pending);
            for (int y : nbrs[x]) {
                if (skeleton[y] && !queued[y]) {
                    queued[y] = true;
                    frontier.add(y);
                }
            }
            flushHydrogens(pending, true);
        }
        flushHydrogens(pending, false);
        if (rows.size() < n) {
            reportUnreachable(start);
        }
    }

    /** Places atom x: chooses its references and queues its unplaced non-skeleton neighbours. */
    private void place(int x, TreeSet<Integer> pending) {
        int k = rows.size();
        int[] ref = references(x, k);
        rows.add(new ZMatrixRow(x, ref[0], ref[1], ref[2]));
        pending.remove(x);
        List<Integer> waiting = new ArrayList<>();
        for (int y : nbrs[x]) {
            if (!skeleton[y] && pos[y] < 0) {
                pending.remove(y); // remove under the old key: placing x may change y's parent position
                waiting.add(y);
            }
        }
        pos[x] = k;
        pending.addAll(waiting);
    }

    /** Places pending hydrogens in order while any can be; strict: only with heavy references. */
    private void flushHydrogens(TreeSet<Integer> pending, boolean strict) {
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (int h : pending) {
                if (!strict || heavyPlaceable(h)) {
                    place(h, pending);
                    progress = true;
                    break;
                }
            }
        }
    }

    private boolean heavyPlaceable(int h) {
        int k = rows.size();
        if (k < 3) {
            return false;
        }
        int[] ref = references(h, k);
        return skeleton[ref[0]] && skeleton[ref[1]] && skeleton[ref[2]];
    }

    /** The (bond, angle, torsion) references of atom x placed as row k; NONE where the row has fewer. */
    private int[] references(int x, int k) {
        int none = ZMatrixRow.NONE;
        if (k == 0) {
            return new int[] {none, none, none};
        }
        int bestB = -1;
        for (int b : nbrs[x]) {
            if (pos[b] >= 0 && (bestB < 0 || pos[b] > pos[bestB])) {
                bestB = b;
            }
        }
        if (k == 1) {
            return new int[] {bestB, none, none};
        }
        if (k == 2) {
            int other = rows.get(0).atom() == bestB ? rows.get(1).atom() : rows.get(0).atom();
            return new int[] {bestB, other, none};
        }
        int[] bestScore = null;
        int[] best = null;
        for (int b : nbrs[x]) {
            if (pos[b] < 0) {
                continue;
            }
            for (int a : nbrs[b]) {
                if (pos[a] < 0 || a == x) {
                    continue;
                }
                for (int improper = 0; improper <= 1; improper++) {
                    for (int t : nbrs[improper == 0 ? a : b]) {
                        if (pos[t] < 0 || t == x || t == a || t == b) {
                            continue;
                        }
                        int hydrogens = (skeleton[b] ? 0 : 1) + (skeleton[a] ? 0 : 1) + (skeleton[t] ? 0 : 1);
                        int[] score = {hydrogens, improper, -pos[b], pos[a], pos[t]};
                        if (bestScore == null || Arrays.compare(score, bestScore) < 0) {
                            bestScore = score;
                            best = new int[] {b, a, t};
                        }
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no references for atom " + x + " in row " + k); // placed set is connected
        }
        return best;
    }

    /** Pending hydrogens: by their parent's placement position, then name, then index. */
    private Comparator<Integer> pendingOrder() {
        return Comparator.<Integer>comparingInt(this::parentPosition)
                .thenComparing(i -> top.atom(i).name())
                .thenComparingInt(i -> i);
    }

    private int parentPosition(int h) {
        int best = Integer.MAX_VALUE;
        for (int y : nbrs[h]) {
            if (pos[y] >= 0) {
                best = Math.min(best, pos[y] + (skeleton[y] ? 0 : n)); // heavy parent first
            }
        }
        return best;
    }

    /** Traversal key of skeleton atoms: peptide backbone order if one is recognised, else BFS. */
    private Comparator<Integer> skeletonKey() {
        int[] backboneRank = new int[n];
        boolean anyBackbone = false;
        for (Residue r : top.residues()) {
            Set<String> names = new HashSet<>();
            for (int i = r.firstAtom(); i < r.endAtom(); i++) {
                names.add(top.atom(i).name());
            }
            for (int i = r.firstAtom(); i < r.endAtom(); i++) {
                backboneRank[i] = skeleton[i] ? BackboneRoles.rank(r.name(), top.atom(i).name(), names) : -1;
                anyBackbone |= backboneRank[i] >= 0;
            }
        }
        int[] depth;
        int[] residueOf = new int[n];
        if (anyBackbone) {
            List<Integer> sources = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                residueOf[i] = top.atom(i).residueIndex();
                if (backboneRank[i] >= 0) {
                    sources.add(i);
                }
            }
            depth = skeletonDepths(sources);
        } else {
            depth = skeletonDepths(List.of(genericStart()));
        }
        Comparator<Integer> c = Comparator.<Integer>comparingInt(i -> residueOf[i])
                .thenComparingInt(i -> backboneRank[i] >= 0 ? 0 : 1)
                .thenComparingInt(i -> backboneRank[i] >= 0 ? backboneRank[i] : depth[i]);
        return c.thenComparing(i -> top.atom(i).name()).thenComparingInt(i -> i);
    }

    /** A terminal skeleton atom at the end of a longest path (ties: name, index). */
    private int genericStart() {
        List<Integer> candidates = new ArrayList<>();
        for (int minDegree = 0; candidates.isEmpty(); minDegree++) {
            for (int i = 0; i < n; i++) {
                if (skeleton[i] && skeletonDegree(i) <= minDegree) {
                    candidates.add(i);
                }
            }
        }
        int best = -1;
        int bestEcc = -1;
        for (int c : candidates) {
            int ecc = Arrays.stream(skeletonDepths(List.of(c))).max().orElse(0);
            if (ecc > bestEcc || ecc == bestEcc && compareNameIndex(c, best) < 0) {
                best = c;
                bestEcc = ecc;
            }
        }
        return best;
    }

    private int compareNameIndex(int i, int j) {
        int c = top.atom(i).name().compareTo(top.atom(j).name());
        return c != 0 ? c : Integer.compare(i, j);
    }

    private int skeletonDegree(int i) {
        int d = 0;
        for (int y : nbrs[i]) {
            d += skeleton[y] ? 1 : 0;
        }
        return d;
    }

    /** Graph distance within the skeleton from the sources; unreachable atoms get Integer.MAX_VALUE / 2. */
    private int[] skeletonDepths(List<Integer> sources) {
        int[] d = new int[n];
        Arrays.fill(d, Integer.MAX_VALUE / 2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : sources) {
            d[s] = 0;
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            int x = queue.poll();
            for (int y : nbrs[x]) {
                if (skeleton[y] && d[y] > d[x] + 1) {
                    d[y] = d[x] + 1;
                    queue.add(y);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!skeleton[i]) {
                d[i] = Integer.MAX_VALUE / 2;
            }
        }
        return d;
    }

    private void reportUnreachable(int start) {
        List<String> missing = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (pos[i] < 0) {
                if (count++ < 20) {
                    missing.add(top.describeAtom(i));
                }
            }
        }
        throw new BadInputException("topology", "", "the bond graph is not connected: " + count
                + " atom(s) cannot be reached from " + top.describeAtom(start) + ": " + String.join(", ", missing)
                + (count > 20 ? ", ..." : "") + ". A Z-matrix covers one molecule: remove solvent, ions and other"
                + " molecules, or check for missing bonds.");
    }
}
