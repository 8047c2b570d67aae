package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import org.junit.jupiter.api.Test;

/** Foundation check: libtorch loads offline and computes. */
class TorchRuntimeTest {
    @Test
    void pytorchEngineComputesOffline() {
        assertEquals("true", System.getProperty("ai.djl.offline"), "tests must run with -Dai.djl.offline=true");
        try (NDManager m = TorchRuntime.newManager(1)) {
            assertEquals(TorchRuntime.ENGINE, m.getEngine().getEngineName());
            assertEquals(1, JniUtils.getNumThreads());
            NDArray a = m.create(new float[] {1, 2, 3, 4}, new Shape(2, 2));
            NDArray b = a.matMul(a.transpose()).logSoftmax(-1).exp().sum(new int[] {1});
            assertArrayEquals(new float[] {1f, 1f}, b.toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {5, 11, 11, 25}, a.matMul(a.transpose()).toFloatArray(), 0f);
        }
    }
}
