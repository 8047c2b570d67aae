package org.arbg.adapters.templates;

import java.util.Objects;

/**
 * One bond of a residue template. Each end names an atom in this residue (offset 0), the previous residue of
 * the chain (offset -1, written "-C" in residues.xml) or the next one (offset +1, "+N").
 *
 * @param atom1   name of the first atom, without the sign
 * @param offset1 residue offset of the first atom: -1, 0 or +1
 * @param atom2   name of the second atom, without the sign
 * @param offset2 residue offset of the second atom: -1, 0 or +1
 */
public record TemplateBond(String atom1, int offset1, String atom2, int offset2) {
    public TemplateBond {
        Objects.requireNonNull(atom1, "atom1");
        Objects.requireNonNull(atom2, "atom2");
        if (Math.abs(offset1) > 1 || Math.abs(offset2) > 1) {
            throw new IllegalArgumentException("offsets must be -1, 0 or +1");
        }
    }

    /** Parses residues.xml's "from"/"to" pair ("-C", "N"). */
    static TemplateBond parse(String from, String to) {
        return new TemplateBond(strip(from), offset(from), strip(to), offset(to));
    }

    /** True when both atoms are in the same residue. */
    public boolean isInternal() {
        return offset1 == 0 && offset2 == 0;
    }

    private static int offset(String name) {
        return name.startsWith("-") ? -1 : name.startsWith("+") ? 1 : 0;
    }

    private static String strip(String name) {
        return name.startsWith("-") || name.startsWith("+") ? name.substring(1) : name;
    }
}
