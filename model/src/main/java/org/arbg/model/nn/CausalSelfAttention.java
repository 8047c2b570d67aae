package org.arbg.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import org.arbg.model.TorchArrays;

/**
 * Causal multi-head self-attention without biases; Q, K, V projections fused into one [C, 3C] matrix.
 * Full-sequence mode uses an additive causal mask; step mode attends to a {@link KvCache}.
 */
public final class CausalSelfAttention extends AbstractBlock {
    private final int width;
    private final int heads;
    private final int headDim;
    private final float scale;
    private final Parameter wQkv;
    private final Parameter wOut;

    CausalSelfAttention(int width, int heads, Initializer init) {
        if (width % heads != 0) {
            throw new IllegalArgumentException("width " + width + " is not divisible by heads " + heads);
        }
        this.width = width;
        this.heads = heads;
        this.headDim = width / heads;
        this.scale = (float) (1.0 / Math.sqrt(headDim));
        wQkv = addParameter(Params.weight("w_qkv", init, width, 3L * width));
        wOut = addParameter(Params.weight("w_out", init, width, width));
    }

    int headDim() {
        return headDim;
    }

    int heads() {
        return heads;
    }

    /**
     * @param x    [B, T, C]
     * @param mask [T, T] additive causal mask (0 on and below the diagonal, −∞ above)
     * @return [B, T, C]
     */
    public NDArray apply(NDArray x, NDArray mask) {
        NDArray[] qkv = project(x);
        return attend(qkv[0], qkv[1], qkv[2], mask, x, scale(x.getManager()));
    }

    /**
     * One decoding step at position t: stores this position's key/value in the cache and attends to
     * positions 0..t.
     *
     * @param x [B, 1, C]
     * @return [B, 1, C]
     */
    NDArray step(NDArray x, KvCache cache, int layer, int t) {
        NDArray[] qkv = project(x);
        cache.put(layer, t, qkv[1], qkv[2]);
        NDArray k = cache.keys(layer, t, x.getManager());
        NDArray v = cache.values(layer, t, x.getManager());
        return attend(qkv[0], k, v, null, x, cache.scale());
    }

    /**
     * The scalar 1/√headDim as an array owned by {@code m}. A scalar operand would be a Java-backed
     * temporary that autograd keeps for backward (see TorchArrays).
     */
    NDArray scale(NDManager m) {
        return TorchArrays.of(m, new float[] {scale}, new Shape());
    }

    private NDArray[] project(NDArray x) {
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        NDArray h = x.matMul(wQkv.getArray()).reshape(b, t, 3, heads, headDim).transpose(2, 0, 3, 1, 4);
        return new NDArray[] {h.get(0), h.get(1), h.get(2)};
    }

    private NDArray attend(NDArray q, NDArray k, NDArray v, NDArray mask, NDArray x, NDArray scaleArray) {
        NDArray s = q.matMul(k.transpose(0, 1, 3, 2)).mul(scaleArray);
        if (mask != null) {
            s = s.add(mask);
        }
        NDArray o = s.softmax(-1).matMul(v).transpose(0, 2, 1, 3);
        return o.reshape(x.getShape().get(0), x.getShape().get(1), width).matMul(wOut.getArray());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> p) {
        return new NDList(apply(inputs.get(0), inputs.get(1)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
