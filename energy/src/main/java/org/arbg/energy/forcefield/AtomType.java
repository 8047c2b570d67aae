package org.arbg.energy.forcefield;

import java.util.Objects;
import java.util.Optional;
import org.arbg.adapters.topology.Element;

/**
 * An atom type of a force field ({@code <AtomTypes><Type>}).
 *
 * @param name      the type name, unique over all loaded files
 * @param atomClass the class used by parameter definitions that say {@code class1="CT"}
 * @param massAmu   the particle mass in amu, as the file gives it
 * @param elementSymbol the element symbol the file gives, "" for extra particles (virtual sites)
 * @param element   the element, absent for extra particles and for elements arbg's topologies cannot hold
 *                  (ions such as Cs in amber99sbildn.xml); templates with such atoms never match
 */
public record AtomType(String name, String atomClass, double massAmu, String elementSymbol, Optional<Element> element) {
    public AtomType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(atomClass, "atomClass");
        Objects.requireNonNull(elementSymbol, "elementSymbol");
        Objects.requireNonNull(element, "element");
    }

    /** Whether this type is an extra particle without element (matches any atom, as in OpenMM). */
    public boolean isExtraParticle() {
        return elementSymbol.isEmpty();
    }
}
