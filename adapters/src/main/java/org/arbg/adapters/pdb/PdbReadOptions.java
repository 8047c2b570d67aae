package org.arbg.adapters.pdb;

/**
 * How {@link PdbTopologyReader} reads a PDB file.
 *
 * @param stripSolvent drop water (HOH and its aliases: WAT, SOL, TIP3, SPC, ...) and single-atom ions (Na+, Cl-,
 *                     K+, Mg2+, Ca2+, Zn2+, ...) before templates are matched, keeping the solute
 */
public record PdbReadOptions(boolean stripSolvent) {
    /** Keep every residue. */
    public static PdbReadOptions defaults() {
        return new PdbReadOptions(false);
    }

    /** Drop water and ions. */
    public static PdbReadOptions soluteOnly() {
        return new PdbReadOptions(true);
    }
}
