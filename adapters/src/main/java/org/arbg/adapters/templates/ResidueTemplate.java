package org.arbg.adapters.templates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The bonds and expected atoms of one standard residue (OpenMM's residues.xml and hydrogens.xml).
 *
 * @param name      standard residue name ("ALA", "NME", "HOH")
 * @param atomNames every atom name this residue may contain, in first-mention order
 * @param bonds     the template's bonds, internal and to the previous/next residue
 * @param hydrogens the hydrogens hydrogens.xml lists for it (empty if it lists none)
 */
public record ResidueTemplate(String name, Set<String> atomNames, List<TemplateBond> bonds,
                              List<HydrogenSite> hydrogens) {
    /** Heavy atoms a residue may lack: a C-terminal oxygen and a 5' phosphate oxygen are often absent. */
    private static final Set<String> OPTIONAL_HEAVY = Set.of("OXT", "OP3");
    /** The 5' phosphate of the first nucleotide of a chain is usually absent. */
    private static final Set<String> OPTIONAL_HEAVY_AT_CHAIN_START = Set.of("P", "OP1", "OP2");

    public ResidueTemplate {
        Objects.requireNonNull(name, "name");
        atomNames = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(atomNames));
        bonds = List.copyOf(bonds);
        hydrogens = List.copyOf(hydrogens);
    }

    /** Whether a template atom name denotes a hydrogen: hydrogens.xml lists it, or it starts with H. */
    public boolean isHydrogen(String atomName) {
        for (HydrogenSite h : hydrogens) {
            if (h.name().equals(atomName)) {
                return true;
            }
        }
        String s = atomName;
        while (s.length() > 1 && Character.isDigit(s.charAt(0))) {
            s = s.substring(1);
        }
        return s.startsWith("H");
    }

    /**
     * The template atoms a residue with these (standardised) atom names lacks, heavy atoms first. Terminal and
     * variant atoms are not required (see {@link HydrogenSite#requiredFor}).
     *
     * @param present         the residue's atom names after standardisation
     * @param fileResidueName the residue name as written in the file ("HID"), for variant hydrogens
     * @param chainStart      whether the residue is the first of its chain
     */
    public List<String> missingAtoms(Collection<String> present, String fileResidueName, boolean chainStart) {
        List<String> missing = new ArrayList<>();
        for (String atom : atomNames) {
            boolean optional = OPTIONAL_HEAVY.contains(atom)
                    || chainStart && OPTIONAL_HEAVY_AT_CHAIN_START.contains(atom);
            if (!isHydrogen(atom) && !optional && !present.contains(atom)) {
                missing.add(atom);
            }
        }
        for (HydrogenSite h : hydrogens) {
            if (h.requiredFor(fileResidueName, name) && !present.contains(h.name())) {
                missing.add(h.name());
            }
        }
        return missing;
    }

    /** Names in {@code present} that this template does not know, in the given order. */
    public List<String> unknownAtoms(Collection<String> present) {
        List<String> unknown = new ArrayList<>();
        for (String atom : present) {
            if (!atomNames.contains(atom)) {
                unknown.add(atom);
            }
        }
        return unknown;
    }
}
