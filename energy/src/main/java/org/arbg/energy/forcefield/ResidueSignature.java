package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Topology;

/**
 * The element composition of a residue as a string ("C3H7N1O2", heaviest element first), OpenMM's
 * shortcut to the templates worth trying. Extra particles (no element) do not count.
 */
final class ResidueSignature {
    private ResidueSignature() {
    }

    /** The template's signature; a template with an element arbg does not know gets one no residue has. */
    static String ofTemplate(ResidueTemplate t) {
        List<Element> elements = new ArrayList<>();
        StringBuilder foreign = new StringBuilder();
        for (TemplateAtom a : t.atoms()) {
            if (a.element().isPresent()) {
                elements.add(a.element().get());
            } else if (!a.elementSymbol().isEmpty()) {
                foreign.append('?').append(a.elementSymbol());
            }
        }
        return foreign + of(elements);
    }

    static String ofResidue(Topology topology, Residue r) {
        List<Element> elements = new ArrayList<>();
        for (int i = r.firstAtom(); i < r.endAtom(); i++) {
            elements.add(topology.atom(i).element());
        }
        return of(elements);
    }

    static Map<Element, Integer> counts(List<Element> elements) {
        Map<Element, Integer> counts = new EnumMap<>(Element.class);
        for (Element e : elements) {
            counts.merge(e, 1, Integer::sum);
        }
        return counts;
    }

    static String of(List<Element> elements) {
        StringBuilder s = new StringBuilder();
        counts(elements).entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<Element, Integer> e) -> -e.getKey().massAmu()))
                .forEach(e -> s.append(e.getKey().symbol()).append(e.getValue()));
        return s.toString();
    }
}
