package org.arbg.adapters.pdb;

import java.util.Objects;

/**
 * How one residue of a topology read from PDB was bonded.
 *
 * @param residueIndex index of the residue in the topology
 * @param fileName     the residue name as written in the file ("HID", "NMA")
 * @param template     the template used ("HIS", "NME"), or "" when bonded by distance
 * @param source       template or distance
 */
public record ResidueBonding(int residueIndex, String fileName, String template, BondSource source) {
    public ResidueBonding {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(source, "source");
    }
}
