package org.arbg.workflows.generator;

import java.nio.file.Path;
import java.util.Objects;
import org.arbg.model.density.TemperatureMixture;

/**
 * What {@code arbg sample} was asked for.
 *
 * @param system      system directory ({@code arbg prepare}); only its topology is used
 * @param model       model directory ({@code arbg train})
 * @param n           proposals to draw, &ge; 1
 * @param temperatures sampling temperature τ of the model's logits (1 = the trained model), or an equal-share
 *                    mixture of several
 * @param batch       sequences decoded together (KV cache), &ge; 1
 * @param out         output directory (created if needed)
 * @param seed        seed of the sampler's random numbers
 * @param torchThreads libtorch intra-op threads per batch
 * @param threads     batches decoded at once, each on its own Java thread; the outputs do not depend on it
 */
public record SampleRequest(Path system, Path model, int n, TemperatureMixture temperatures, int batch, Path out,
                            long seed, int torchThreads, int threads) {
    /**
     * Default: half the proposals from the trained model (τ = 1), half from it at τ = 1.1, weighted by the
     * mixture density. On alanine dipeptide this removes the clipping bias of either temperature alone
     * (BENCHMARKS.md, "A mixture of two sampling temperatures").
     */
    public static final TemperatureMixture DEFAULT_TEMPERATURES = TemperatureMixture.of(1.0, 1.1);

    public SampleRequest {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(temperatures, "temperatures");
        if (n < 1 || batch < 1 || torchThreads < 1 || threads < 1) {
            throw new IllegalArgumentException("need n, batch, torchThreads and threads >= 1");
        }
    }
}
