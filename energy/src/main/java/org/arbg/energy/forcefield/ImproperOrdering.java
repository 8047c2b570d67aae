package org.arbg.energy.forcefield;

import java.util.Locale;
import java.util.Optional;

/**
 * How OpenMM orders the four atoms of a matched improper torsion (the {@code ordering} attribute of
 * {@code <PeriodicTorsionForce>}; {@link #DEFAULT} when absent). The order changes the torsion angle, so it
 * must follow OpenMM's rules exactly for energies to agree.
 */
public enum ImproperOrdering {
    DEFAULT, CHARMM, AMBER, SMIRNOFF;

    /** The ordering named by an attribute value ("amber"), if it is one OpenMM knows. */
    public static Optional<ImproperOrdering> parse(String value) {
        for (ImproperOrdering o : values()) {
            if (o.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
