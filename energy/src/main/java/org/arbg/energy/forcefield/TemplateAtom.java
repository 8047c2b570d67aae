package org.arbg.energy.forcefield;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.arbg.adapters.topology.Element;

/**
 * One atom of a residue template.
 *
 * @param name       atom name in the template ("CA", "HB1")
 * @param type       atom type name
 * @param elementSymbol element symbol of the type, "" for extra particles
 * @param element    element of the type, absent for extra particles and elements arbg does not know
 * @param parameters per-atom values given in the template, e.g. {@code charge} for amber14 (e, nm, kJ/mol)
 */
public record TemplateAtom(String name, String type, String elementSymbol, Optional<Element> element,
                           Map<String, Double> parameters) {
    public TemplateAtom {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(elementSymbol, "elementSymbol");
        Objects.requireNonNull(element, "element");
        parameters = Map.copyOf(parameters);
    }

    /** Whether a topology atom of this element can be this template atom. */
    boolean accepts(Element e) {
        return elementSymbol.isEmpty() || element.orElse(null) == e;
    }

    /** Key for counting atoms by kind: the symbol, "" for extra particles. */
    String kind() {
        return element.map(Element::name).orElse(elementSymbol.isEmpty() ? "" : "?" + elementSymbol);
    }
}
