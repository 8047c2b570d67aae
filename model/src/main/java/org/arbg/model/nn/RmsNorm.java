package org.arbg.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** RMSNorm over the last axis: x / sqrt(mean(x²) + ε) · g, with a learned gain g (init 1), no bias. */
public final class RmsNorm extends AbstractBlock {
    private static final float EPS = 1e-6f;
    private final Parameter gain;

    RmsNorm(int width) {
        gain = addParameter(Params.ones("gain", width));
    }

    /** @param x [..., C] (first operand, so the result stays in x's manager) */
    public NDArray apply(NDArray x) {
        NDArray ms = x.square().mean(new int[] {-1}, true).add(EPS);
        // x / sqrt(ms), not x * ms^-1/2 via pow(-1): pow would keep a Java-backed scalar for backward (TorchArrays)
        return x.div(ms.sqrt()).mul(gain.getArray());
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
