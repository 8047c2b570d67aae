package org.arbg.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.random.RandomGenerator;

/**
 * N(0, σ²) initialisation drawn from a Java RNG, so initial weights depend only on the seed, not on
 * libtorch's process-global generator.
 */
final class SeededNormal implements Initializer {
    private final RandomGenerator rng;
    private final double sigma;

    SeededNormal(RandomGenerator rng, double sigma) {
        this.rng = rng;
        this.sigma = sigma;
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        float[] v = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (sigma * rng.nextGaussian());
        }
        return manager.create(v, shape).toType(dataType, false);
    }
}
