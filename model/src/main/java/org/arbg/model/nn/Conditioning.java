package org.arbg.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import ai.djl.ndarray.types.Shape;
import org.arbg.model.TorchArrays;

/**
 * Per-position conditioning ids of a token sequence: token kind and atom role of each position.
 *
 * @param kinds kind id per token (TokenKind ordinal)
 * @param roles atom-role id per token
 */
public record Conditioning(long[] kinds, long[] roles) {
    public Conditioning {
        if (kinds.length != roles.length) {
            throw new IllegalArgumentException("kinds and roles differ in length: " + kinds.length + " vs "
                    + roles.length);
        }
        kinds = kinds.clone();
        roles = roles.clone();
    }

    /** Sequence length T. */
    public int length() {
        return kinds.length;
    }

    /** Kind ids of positions from..from+len−1, as an int64 array in {@code m}. */
    public NDArray kinds(NDManager m, int from, int len) {
        return TorchArrays.of(m, Arrays.copyOfRange(kinds, from, from + len), new Shape(len));
    }

    /** Role ids of positions from..from+len−1, as an int64 array in {@code m}. */
    public NDArray roles(NDManager m, int from, int len) {
        return TorchArrays.of(m, Arrays.copyOfRange(roles, from, from + len), new Shape(len));
    }
}
