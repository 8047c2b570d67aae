package org.arbg.energy.openmm;

import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link EnergyEvaluator} runs.
 *
 * @param temperatureK the temperature T (K) of the reduced energy u = E / (k_B T)
 * @param threads      Java threads, each with its own Context, that evaluate contiguous frame ranges
 * @param platform     an OpenMM platform name ("Reference", "CPU"), or empty to choose by system size
 *                     ({@link PlatformChoice#forSize})
 */
public record EnergyOptions(double temperatureK, int threads, Optional<String> platform) {
    public EnergyOptions {
        Objects.requireNonNull(platform, "platform");
        if (!(temperatureK > 0) || Double.isInfinite(temperatureK)) {
            throw new IllegalArgumentException("temperature must be positive and finite (K): " + temperatureK);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** One thread, platform chosen by size. */
    public static EnergyOptions at(double temperatureK) {
        return new EnergyOptions(temperatureK, 1, Optional.empty());
    }

    public EnergyOptions withThreads(int n) {
        return new EnergyOptions(temperatureK, n, platform);
    }

    public EnergyOptions withPlatform(String name) {
        return new EnergyOptions(temperatureK, threads, Optional.of(name));
    }
}
