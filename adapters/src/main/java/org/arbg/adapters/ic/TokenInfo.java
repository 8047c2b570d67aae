package org.arbg.adapters.ic;

import java.util.Objects;

/**
 * One token of the model's sequence: one internal coordinate of one atom in Z-matrix order.
 *
 * @param index        position in the token sequence (0-based)
 * @param kind         bond, angle or torsion
 * @param atom         index (in the topology) of the atom this coordinate places
 * @param residueIndex index of that atom's residue
 * @param residueName  that residue's name ("ALA"), for atom-role embeddings shared across peptides
 * @param atomName     that atom's name ("CB")
 * @param mean         normalisation centre, in the coordinate's unit (nm or radians); 0 for torsions
 * @param std          normalisation scale, same unit, &gt; 0; 1 for torsions
 */
public record TokenInfo(int index, TokenKind kind, int atom, int residueIndex, String residueName, String atomName,
                        double mean, double std) {
    public TokenInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(residueName, "residueName");
        Objects.requireNonNull(atomName, "atomName");
        if (!(std > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("token " + index + ": normalisation needs finite mean and std > 0, got "
                    + mean + ", " + std);
        }
    }

    public boolean periodic() {
        return kind.periodic();
    }
}
