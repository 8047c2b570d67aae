package org.arbg.adapters.pdb;

/** Where a residue's internal bonds came from. */
public enum BondSource {
    /** A residue template (residues.xml) matched by the residue's standard name. */
    TEMPLATE,
    /** No template: bonds from interatomic distances and covalent radii (CDK RebondTool). */
    DISTANCE
}
