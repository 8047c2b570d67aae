package org.arbg.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/** Pre-norm decoder layer: x + Attn(RMSNorm(x)), then x + SwiGLU(RMSNorm(x)). */
public final class DecoderLayer extends AbstractBlock {
    private final RmsNorm norm1;
    private final CausalSelfAttention attention;
    private final RmsNorm norm2;
    private final SwiGlu mlp;

    DecoderLayer(int width, int heads, int hidden, Initializer init) {
        norm1 = addChildBlock("norm1", new RmsNorm(width));
        attention = addChildBlock("attention", new CausalSelfAttention(width, heads, init));
        norm2 = addChildBlock("norm2", new RmsNorm(width));
        mlp = addChildBlock("mlp", new SwiGlu(width, hidden, init));
    }

    CausalSelfAttention attention() {
        return attention;
    }

    /** @param x [B, T, C]; mask [T, T] additive */
    public NDArray apply(NDArray x, NDArray mask) {
        NDArray h = x.add(attention.apply(norm1.apply(x), mask));
        return h.add(mlp.apply(norm2.apply(h)));
    }

    NDArray step(NDArray x, KvCache cache, int layer, int t) {
        NDArray h = x.add(attention.step(norm1.apply(x), cache, layer, t));
        return h.add(mlp.apply(norm2.apply(h)));
    }

    /** Children get their shapes at construction, so they initialise independently of input shapes. */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (ai.djl.nn.Block child : getChildren().values()) {
            child.initialize(manager, dataType, inputShapes);
        }
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
