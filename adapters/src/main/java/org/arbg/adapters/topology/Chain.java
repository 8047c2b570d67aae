package org.arbg.adapters.topology;

import java.util.Objects;

/**
 * One chain: a contiguous run of residues {@code [firstResidue, firstResidue + residueCount)}.
 *
 * @param index        0-based index in {@link Topology#chains()}
 * @param id           chain identifier as in the input, or "" when the input has none
 * @param firstResidue index of the chain's first residue
 * @param residueCount number of residues in the chain
 */
public record Chain(int index, String id, int firstResidue, int residueCount) {
    public Chain {
        Objects.requireNonNull(id, "id");
    }
}
