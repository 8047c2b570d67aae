package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Topology;

/**
 * Guesses why a residue matched no template, as OpenMM's {@code _findMatchErrors}: finds the smallest
 * template that has at least the residue's atoms of every element and says what is missing; adds the atom
 * names that differ, which usually points straight at the problem.
 */
final class MatchDiagnosis {
    private MatchDiagnosis() {
    }

    static String explain(ForceField ff, Topology topology, Residue r) {
        List<Element> elements = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = r.firstAtom(); i < r.endAtom(); i++) {
            elements.add(topology.atom(i).element());
            names.add(topology.atom(i).name());
        }
        Map<Element, Integer> counts = ResidueSignature.counts(elements);
        int atoms = elements.size();
        int heavy = atoms - counts.getOrDefault(Element.H, 0);
        ResidueTemplate best = null;
        int bestAtoms = 3 * atoms;
        int bestHeavy = 2 * heavy;
        for (ResidueTemplate t : ff.templates().values()) {
            if (t.atoms().stream().anyMatch(a -> a.element().isEmpty())) {
                continue; // ions of elements a topology cannot hold
            }
            List<Element> te = new ArrayList<>();
            t.atoms().forEach(a -> a.element().ifPresent(te::add));
            Map<Element, Integer> tc = ResidueSignature.counts(te);
            if (counts.entrySet().stream().anyMatch(e -> tc.getOrDefault(e.getKey(), 0) < e.getValue())) {
                continue;
            }
            int tAtoms = t.numAtoms();
            int tHeavy = te.size() - tc.getOrDefault(Element.H, 0);
            if (tAtoms > bestAtoms || tHeavy > bestHeavy) {
                continue;
            }
            if (tAtoms == bestAtoms && (best != null && best.name().equals(r.name()) || !t.name().contains(r.name()))) {
                continue;
            }
            best = t;
            bestAtoms = tAtoms;
            bestHeavy = tHeavy;
        }
        if (best == null) {
            return "This might mean the topology is missing some atoms or bonds, or that it needs a different "
                    + "force field.";
        }
        String differ = nameDifferences(best, names);
        if (bestAtoms == atoms) {
            boolean terminal = topology.chainOf(r).residueCount() > 1
                    && (r.index() == topology.chainOf(r).firstResidue()
                    || r.index() == topology.chainOf(r).firstResidue() + topology.chainOf(r).residueCount() - 1);
            return "The set of atoms matches template " + best.name() + ", but the bonds are different."
                    + (terminal ? " Perhaps the chain is missing a terminal group?" : "") + differ;
        }
        if (bestHeavy == heavy) {
            return "The set of atoms is similar to template " + best.name() + ", but it is missing "
                    + (bestAtoms - atoms) + " hydrogen atoms." + differ;
        }
        return "The set of atoms is similar to template " + best.name() + ", but it is missing "
                + (bestAtoms - atoms) + " atoms." + differ;
    }

    /** " Template atoms not in the residue (by name): H2, H3. Residue atoms not in the template: OXT." */
    private static String nameDifferences(ResidueTemplate t, Set<String> residueNames) {
        List<String> missing = new ArrayList<>();
        Set<String> templateNames = new HashSet<>();
        for (TemplateAtom a : t.atoms()) {
            templateNames.add(a.name());
            if (!residueNames.contains(a.name())) {
                missing.add(a.name());
            }
        }
        List<String> extra = residueNames.stream().filter(n -> !templateNames.contains(n)).sorted().toList();
        StringBuilder s = new StringBuilder();
        if (!missing.isEmpty()) {
            s.append(" Template atoms not in the residue (by name): ").append(String.join(", ", missing)).append('.');
        }
        if (!extra.isEmpty()) {
            s.append(" Residue atoms not in the template (by name): ").append(String.join(", ", extra)).append('.');
        }
        return s.toString();
    }
}
