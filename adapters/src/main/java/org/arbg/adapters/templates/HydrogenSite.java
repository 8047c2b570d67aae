package org.arbg.adapters.templates;

import java.util.Objects;
import java.util.Set;

/**
 * A hydrogen a residue template expects, from OpenMM's hydrogens.xml.
 *
 * @param name     hydrogen atom name ("HD1")
 * @param parent   name of the heavy atom it is bonded to ("ND1")
 * @param terminal "N" if only an N-terminal residue has it, "C" if only a C-terminal one, else ""
 * @param variants the protonation variants that carry it ("HID", "HIP"); empty when every form does
 */
public record HydrogenSite(String name, String parent, String terminal, Set<String> variants) {
    public HydrogenSite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(terminal, "terminal");
        variants = Set.copyOf(variants);
    }

    /**
     * Whether every residue of this template must carry this hydrogen, given the residue name written in the
     * file. Terminal-only hydrogens are optional (charge state of a terminus is the force field's business);
     * a variant hydrogen is required only when the file names that variant explicitly (HID needs HD1).
     */
    public boolean requiredFor(String fileResidueName, String templateName) {
        if (!terminal.isEmpty()) {
            return false;
        }
        if (variants.isEmpty()) {
            return true;
        }
        return !fileResidueName.equals(templateName) && variants.contains(fileResidueName);
    }
}
