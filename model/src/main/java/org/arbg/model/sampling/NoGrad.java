package org.arbg.model.sampling;

import ai.djl.pytorch.jni.JniUtils;

/** Turns libtorch's autograd recording off for a scope (inference), restoring the previous mode. */
public final class NoGrad implements AutoCloseable {
    private final boolean previous;

    public NoGrad() {
        previous = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
    }

    @Override
    public void close() {
        JniUtils.setGradMode(previous);
    }
}
