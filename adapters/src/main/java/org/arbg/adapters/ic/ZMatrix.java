package org.arbg.adapters.ic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.Sha256;
import org.arbg.adapters.topology.Topology;

/**
 * An immutable Z-matrix: the order in which atoms are placed and, for each, its bond, angle and torsion
 * reference atoms (see {@link ZMatrixRow}). Validated at construction: the rows place every atom exactly
 * once, row k has min(k, 3) references, and every reference is placed before the atom it serves.
 *
 * <p>Token layout (3N − 6 internal coordinates, N atoms): row 1 gives a bond; row 2 a bond and an angle;
 * every later row a bond, an angle and a torsion. Row 0 (the first atom) gives none: it sits at the origin.
 *
 * <p>Build one from a topology's bond graph with {@link #fromTopology(Topology)}; the order does not depend
 * on the order of atoms or bonds in the input, only on the graph and the atom and residue names.
 */
public final class ZMatrix {
    private final List<ZMatrixRow> rows;
    private final List<String> atomNames;
    private final int[] order;
    private final int[] positionOf;
    private final String digest;

    /**
     * @param rows      one row per atom, in placement order; references are topology atom indices
     * @param atomNames the atom names by topology index (they tag the digest and messages)
     * @throws IllegalArgumentException when the rows are not a valid Z-matrix for that many atoms
     */
    public ZMatrix(List<ZMatrixRow> rows, List<String> atomNames) {
        this.rows = List.copyOf(rows);
        this.atomNames = List.copyOf(atomNames);
        int n = this.atomNames.size();
        if (n < 3) {
            throw new IllegalArgumentException("a Z-matrix needs at least 3 atoms, got " + n);
        }
        if (this.rows.size() != n) {
            throw new IllegalArgumentException(this.rows.size() + " Z-matrix rows for " + n + " atoms");
        }
        this.order = new int[n];
        this.positionOf = new int[n];
        Arrays.fill(positionOf, -1);
        for (int k = 0; k < n; k++) {
            ZMatrixRow r = this.rows.get(k);
            if (r.atom() >= n) {
                throw new IllegalArgumentException("row " + k + ": atom index " + r.atom() + " out of range " + n);
            }
            if (positionOf[r.atom()] >= 0) {
                throw new IllegalArgumentException("row " + k + ": atom " + r.atom() + " is already placed in row "
                        + positionOf[r.atom()]);
            }
            if (r.numReferences() != Math.min(k, 3)) {
                throw new IllegalArgumentException("row " + k + " must have " + Math.min(k, 3)
                        + " references, has " + r.numReferences() + ": " + Arrays.toString(r.toArray()));
            }
            int[] refs = {r.bond(), r.angle(), r.torsion()};
            for (int j = 0; j < r.numReferences(); j++) {
                int ref = refs[j];
                if (ref >= n || positionOf[ref] < 0) {
                    throw new IllegalArgumentException("row " + k + " (atom " + r.atom() + "): reference " + ref
                            + " is not placed before it");
                }
                for (int i = 0; i < j; i++) {
                    if (refs[i] == ref) {
                        throw new IllegalArgumentException("row " + k + ": reference " + ref + " used twice");
                    }
                }
            }
            order[k] = r.atom();
            positionOf[r.atom()] = k;
        }
        this.digest = computeDigest(this.rows, this.atomNames);
    }

    /**
     * The deterministic Z-matrix of a topology (see {@link ZMatrixPlanner} for the rules): peptide backbone
     * N→C with ACE/NME caps, side chains after their residue's backbone, each hydrogen right after its heavy
     * parent, references bonded in a chain (or improper at branch points), heavy atoms preferred.
     *
     * @throws BadInputException when the bond graph is not connected (the message lists unreachable atoms)
     *                           or the topology has fewer than 3 atoms
     */
    public static ZMatrix fromTopology(Topology topology) {
        return ZMatrixPlanner.plan(Objects.requireNonNull(topology, "topology"));
    }

    public int numAtoms() {
        return order.length;
    }

    /** Number of internal coordinates (tokens): 3N − 6. */
    public int numTokens() {
        return 3 * order.length - 6;
    }

    /** Atom indices in placement order (a copy): {@code order()[k]} is the atom of row k. */
    public int[] order() {
        return order.clone();
    }

    /** The placement position (row) of an atom. */
    public int position(int atom) {
        return positionOf[Objects.checkIndex(atom, positionOf.length)];
    }

    public List<ZMatrixRow> rows() {
        return rows;
    }

    public ZMatrixRow row(int k) {
        return rows.get(Objects.checkIndex(k, rows.size()));
    }

    /** Atom names by topology index. */
    public List<String> atomNames() {
        return atomNames;
    }

    /** The index of the first token of row k (k ≥ 1): 0 for row 1, 1 for row 2, 3k − 6 after. */
    public static int firstToken(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("row " + k + " has no tokens");
        }
        return k == 1 ? 0 : k == 2 ? 1 : 3 * k - 6;
    }

    /** The row whose atom a token places. */
    public int rowOfToken(int token) {
        Objects.checkIndex(token, numTokens());
        return token == 0 ? 1 : token <= 2 ? 2 : 3 + (token - 3) / 3;
    }

    /** What a token measures: its row's bond, angle or torsion. */
    public TokenKind kindOfToken(int token) {
        Objects.checkIndex(token, numTokens());
        int slot = token == 0 ? 0 : token <= 2 ? token - 1 : (token - 3) % 3;
        return TokenKind.values()[slot];
    }

    /** SHA-256 (hex) of the rows and atom names: tags models trained on this Z-matrix. */
    public String digest() {
        return digest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZMatrix z && rows.equals(z.rows) && atomNames.equals(z.atomNames);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        for (ZMatrixRow r : rows) {
            lines.add(name(r.atom()) + " " + name(r.bond()) + " " + name(r.angle()) + " " + name(r.torsion()));
        }
        return "ZMatrix[" + numAtoms() + " atoms, " + digest.substring(0, 12) + "]\n" + String.join("\n", lines);
    }

    private String name(int atom) {
        return atom == ZMatrixRow.NONE ? "-" : atomNames.get(atom) + "(" + atom + ")";
    }

    private static String computeDigest(List<ZMatrixRow> rows, List<String> names) {
        StringBuilder sb = new StringBuilder("arbg-zmatrix-v1\n").append(names.size()).append('\n');
        for (ZMatrixRow r : rows) {
            sb.append(r.atom()).append(' ').append(r.bond()).append(' ').append(r.angle()).append(' ')
                    .append(r.torsion()).append('\n');
        }
        for (String name : names) {
            sb.append(name).append('\n');
        }
        return Sha256.hex(sb.toString());
    }
}
