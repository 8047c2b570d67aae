package org.arbg.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The one place that touches the PyTorch engine: loads libtorch (offline, from the native jar unpacked
 * into {@code DJL_CACHE_DIR}) and sets its thread pools.
 *
 * <p>Thread counts are process-global in libtorch. On small shared machines one intra-op thread was
 * measured ~10× faster than libtorch's default (see ARCHITECTURE.md), so callers pass a deliberate count.
 */
public final class TorchRuntime {
    /** Engine name as registered by DJL's PyTorch provider. */
    public static final String ENGINE = "PyTorch";

    private static boolean interopSet;

    private TorchRuntime() {
    }

    /** The PyTorch engine; loads libtorch on first use. */
    public static Engine engine() {
        return Engine.getEngine(ENGINE);
    }

    /**
     * Sets libtorch's intra-op thread count (and, the first time only, the inter-op count, which libtorch
     * refuses to change after parallel work has started).
     *
     * @param threads intra-op threads, &ge; 1
     */
    public static synchronized void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        engine();
        if (!interopSet) {
            interopSet = true;
            try {
                JniUtils.setNumInteropThreads(1);
            } catch (RuntimeException e) {
                // already fixed by earlier parallel work in this process: harmless, keep libtorch's value
            }
        }
        if (JniUtils.getNumThreads() != threads) {
            JniUtils.setNumThreads(threads);
        }
    }

    /**
     * A new root memory manager on the PyTorch engine (CPU). Close it to free every array it owns.
     *
     * @param threads intra-op threads to use from now on
     */
    public static NDManager newManager(int threads) {
        setThreads(threads);
        return engine().newBaseManager();
    }
}
