package org.arbg.adapters.pdb;

import java.util.List;
import java.util.Objects;
import org.arbg.adapters.topology.Structure;

/**
 * A structure read from a PDB file, with how it was bonded and what the reader had to warn about.
 *
 * @param structure       topology (standardised names, bonds) and first-model positions in nm
 * @param sourceAtomIndex for each topology atom, its 0-based index among the file's ATOM/HETATM records of the
 *                        first model: the column to take from a trajectory of the full file (solvent included),
 *                        and a permutation when split residues were reunited
 * @param bonding         for each residue, its template or that it was bonded by distance
 * @param warnings        things a user should see (residues bonded by distance, reordered atoms, long links)
 */
public record PdbReadResult(Structure structure, int[] sourceAtomIndex, List<ResidueBonding> bonding,
                            List<String> warnings) {
    public PdbReadResult {
        Objects.requireNonNull(structure, "structure");
        sourceAtomIndex = sourceAtomIndex.clone();
        bonding = List.copyOf(bonding);
        warnings = List.copyOf(warnings);
        if (sourceAtomIndex.length != structure.topology().numAtoms()
                || bonding.size() != structure.topology().numResidues()) {
            throw new IllegalArgumentException("sourceAtomIndex and bonding must match the topology");
        }
    }

    /** A copy of the per-atom source indices. */
    @Override
    public int[] sourceAtomIndex() {
        return sourceAtomIndex.clone();
    }

    /** Whether topology atom order equals file order (no solvent removed, no residue reunited). */
    public boolean inFileOrder() {
        for (int i = 0; i < sourceAtomIndex.length; i++) {
            if (sourceAtomIndex[i] != i) {
                return false;
            }
        }
        return true;
    }
}
