package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Topology;

/**
 * Matches a residue to a template by graph isomorphism on element, number of bonds inside the residue and
 * number of bonds to other residues; atom names play no part. The search follows OpenMM's
 * {@code matchResidueToTemplate} (app/internal/compiled.pyx) step for step, so that among symmetric
 * solutions (two carboxylate oxygens, three methyl hydrogens) it picks the same one OpenMM picks, which
 * matters for the AMBER improper ordering.
 */
final class TemplateMatcher {
    private TemplateMatcher() {
    }

    /**
     * The template atom index of each residue atom (index {@code i} for atom {@code firstAtom + i}), or null
     * when the residue does not match.
     */
    static int[] match(Topology topology, Residue residue, ResidueTemplate template) {
        int n = residue.atomCount();
        if (n != template.numAtoms()) {
            return null;
        }
        int first = residue.firstAtom();
        int[][] bondedTo = new int[n][];
        int[] external = new int[n];
        for (int i = 0; i < n; i++) {
            List<Integer> inside = new ArrayList<>();
            for (int nb : topology.neighbors(first + i)) { // ascending, as OpenMM's sorted bondedToAtom
                if (nb >= first && nb < residue.endAtom()) {
                    inside.add(nb - first);
                } else {
                    external[i]++;
                }
            }
            bondedTo[i] = inside.stream().mapToInt(Integer::intValue).toArray();
        }
        if (!sameKindCounts(topology, residue, bondedTo, external, template)) {
            return null;
        }
        List<List<Integer>> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Element e = topology.atom(first + i).element();
            List<Integer> c = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                TemplateAtom ta = template.atoms().get(j);
                if (!ta.accepts(e)) {
                    continue;
                }
                if (template.bondedToShared(j).length == bondedTo[i].length && template.externalBonds(j) == external[i]) {
                    c.add(j);
                }
            }
            candidates.add(c);
        }
        int[] order = searchOrder(n, bondedTo, candidates);
        int[] inverse = new int[n];
        for (int i = 0; i < n; i++) {
            inverse[order[i]] = i;
        }
        int[][] orderedBonds = new int[n][];
        List<List<Integer>> orderedCandidates = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            int[] b = bondedTo[order[p]];
            orderedBonds[p] = new int[b.length];
            for (int k = 0; k < b.length; k++) {
                orderedBonds[p][k] = inverse[b[k]];
            }
            orderedCandidates.add(candidates.get(order[p]));
        }
        int[] matches = new int[n];
        boolean[] used = new boolean[n];
        if (!search(template, orderedBonds, matches, used, orderedCandidates, 0)) {
            return null;
        }
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = matches[inverse[i]];
        }
        return result;
    }

    private static boolean sameKindCounts(Topology topology, Residue residue, int[][] bondedTo, int[] external,
                                          ResidueTemplate template) {
        Map<List<Object>, Integer> residueCounts = new HashMap<>();
        Map<List<Object>, Integer> templateCounts = new HashMap<>();
        for (int i = 0; i < bondedTo.length; i++) {
            residueCounts.merge(List.of(topology.atom(residue.firstAtom() + i).element().name(), bondedTo[i].length,
                    external[i]), 1, Integer::sum);
            TemplateAtom ta = template.atoms().get(i);
            templateCounts.merge(List.of(ta.kind(), template.bondedToShared(i).length,
                    template.externalBonds(i)), 1, Integer::sum);
        }
        return residueCounts.equals(templateCounts);
    }

    /** Fewest candidates first, then atoms bonded to ones already ordered (OpenMM's heuristic). */
    private static int[] searchOrder(int n, int[][] bondedTo, List<List<Integer>> candidates) {
        int[] order = new int[n];
        TreeSet<Integer> toOrder = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            toOrder.add(i);
        }
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                : Integer.compare(a[1], b[1]));
        boolean[] queued = new boolean[n];
        for (int p = 0; p < n; p++) {
            int next;
            if (heap.isEmpty()) {
                next = -1;
                int fewest = n + 1;
                for (int i : toOrder) {
                    if (candidates.get(i).size() < fewest) {
                        next = i;
                        fewest = candidates.get(i).size();
                    }
                }
            } else {
                next = heap.poll()[1];
                queued[next] = false;
            }
            order[p] = next;
            toOrder.remove(next);
            for (int i : bondedTo[next]) {
                if (toOrder.contains(i) && !queued[i]) {
                    queued[i] = true;
                    heap.add(new int[] {candidates.get(i).size(), i});
                }
            }
        }
        return order;
    }

    private static boolean search(ResidueTemplate template, int[][] bondedTo, int[] matches, boolean[] used,
                                  List<List<Integer>> candidates, int position) {
        if (position == matches.length) {
            return true;
        }
        for (int i : nextCandidates(template, bondedTo, matches, candidates, position)) {
            if (used[i] || !candidates.get(position).contains(i)) {
                continue;
            }
            int[] templateBonds = template.bondedToShared(i);
            boolean consistent = true;
            for (int bonded : bondedTo[position]) {
                if (bonded < position && !contains(templateBonds, matches[bonded])) {
                    consistent = false;
                    break;
                }
            }
            if (consistent) {
                matches[position] = i;
                used[i] = true;
                if (search(template, bondedTo, matches, used, candidates, position + 1)) {
                    return true;
                }
                used[i] = false;
            }
        }
        return false;
    }

    /** Only template atoms bonded to the match of an already matched neighbour, if there is one. */
    private static List<Integer> nextCandidates(ResidueTemplate template, int[][] bondedTo, int[] matches,
                                                List<List<Integer>> candidates, int position) {
        for (int bonded : bondedTo[position]) {
            if (bonded < position) {
                int[] b = template.bondedToShared(matches[bonded]);
                List<Integer> out = new ArrayList<>(b.length);
                for (int x : b) {
                    out.add(x);
                }
                return out;
            }
        }
        return Objects.requireNonNull(candidates.get(position));
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }
}
