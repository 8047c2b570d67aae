package org.arbg.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/** SwiGLU MLP without bias: (silu(x W₁) ⊙ x W₃) W₂; W₁ and W₃ are fused into one [C, 2H] matrix. */
public final class SwiGlu extends AbstractBlock {
    private final int hidden;
    private final Parameter wIn;
    private final Parameter wOut;

    SwiGlu(int width, int hidden, Initializer init) {
        this.hidden = hidden;
        wIn = addParameter(Params.weight("w_in", init, width, 2L * hidden));
        wOut = addParameter(Params.weight("w_out", init, hidden, width));
    }

    /** @param x [..., C] → [..., C] */
    public NDArray apply(NDArray x) {
        NDArray h = x.matMul(wIn.getArray());
        NDArray gate = h.get(new NDIndex("..., :{}", hidden));
        NDArray up = h.get(new NDIndex("..., {}:", hidden));
        return gate.mul(Activation.sigmoid(gate)).mul(up).matMul(wOut.getArray());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> p) {
        return new NDList(apply(inputs.singletonOrThrow()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
