package org.arbg.workflows.generator;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code arbg sample} was asked for.
 *
 * @param system      system directory ({@code arbg prepare}); only its topology is used
 * @param model       model directory ({@code arbg train})
 * @param n           proposals to draw, &ge; 1
 * @param temperature sampling temperature τ &gt; 0 of the model's logits (1 = the trained model)
 * @param batch       sequences decoded together (KV cache), &ge; 1
 * @param out         output directory (created if needed)
 * @param seed        seed of the sampler's random numbers
 * @param torchThreads libtorch intra-op threads per batch
 * @param threads     batches decoded at once, each on its own Java thread; the outputs do not depend on it
 */
public record SampleRequest(Path system, Path model, int n, double temperature, int batch, Path out, long seed,
                            int torchThreads, int threads) {
    /** Default τ: the trained model. */
    public static final double DEFAULT_TEMPERATURE = 1.0;

    public SampleRequest {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(out, "out");
        if (n < 1 || batch < 1 || torchThreads < 1 || threads < 1) {
            throw new IllegalArgumentException("need n, batch, torchThreads and threads >= 1");
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and > 0, got " + temperature);
        }
    }
}
