package org.arbg.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Keys and values of every layer for a batch of sequences being decoded, preallocated as
 * [B, heads, maxLen, headDim] per layer and written in place, so memory stays flat while decoding.
 * Owns its own memory manager; close it when the batch is done.
 */
public final class KvCache implements AutoCloseable {
    private final NDManager manager;
    private final NDArray[] keys;
    private final NDArray[] values;
    private final int maxLen;
    private NDArray conditioning;
    private NDArray scale;

    KvCache(NDManager parent, int layers, int batch, int heads, int headDim, int maxLen) {
        this.manager = parent.newSubManager();
        this.maxLen = maxLen;
        keys = new NDArray[layers];
        values = new NDArray[layers];
        Shape s = new Shape(batch, heads, maxLen, headDim);
        for (int l = 0; l < layers; l++) {
            // uninitialised: position t is written by put before any read of 0..t
            keys[l] = manager.create(s, DataType.FLOAT32);
            values[l] = manager.create(s, DataType.FLOAT32);
        }
    }

    /** Takes over the [maxLen, C] input conditioning and the attention's scalar scale (moved into this cache). */
    void setConditioning(NDArray perPosition, NDArray attentionScale) {
        conditioning = Params.own(perPosition, manager);
        scale = Params.own(attentionScale, manager);
    }

    /** [1, C] conditioning of position t, as an array owned by {@code m}. */
    NDArray conditioning(int t, NDManager m) {
        return Params.own(conditioning.get(new NDIndex().addSliceDim(t, t + 1L)), m);
    }

    /** Scalar 1/√headDim, the same for every layer. */
    NDArray scale() {
        return scale;
    }

    /** Longest sequence this cache holds. */
    public int maxLength() {
        return maxLen;
    }

    /** Writes position t's key and value ([B, heads, 1, headDim]) for layer l. */
    void put(int l, int t, NDArray k, NDArray v) {
        NDIndex at = new NDIndex().addAllDim().addAllDim().addSliceDim(t, t + 1L);
        keys[l].set(at, k);
        values[l].set(at, v);
    }

    /** Keys of positions 0..t (inclusive) of layer l, as an array owned by {@code m}. */
    NDArray keys(int l, int t, NDManager m) {
        return Params.own(keys[l].get(prefix(t)), m);
    }

    /** Values of positions 0..t (inclusive) of layer l, as an array owned by {@code m}. */
    NDArray values(int l, int t, NDManager m) {
        return Params.own(values[l].get(prefix(t)), m);
    }

    private static NDIndex prefix(int t) {
        return new NDIndex().addAllDim().addAllDim().addSliceDim(0, t + 1L);
    }

    @Override
    public void close() {
        manager.close();
    }
}
