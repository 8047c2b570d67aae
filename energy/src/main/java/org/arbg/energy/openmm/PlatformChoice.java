package org.arbg.energy.openmm;

import java.util.Map;

/** Which OpenMM platform evaluates energies of a system of a given size, and with which properties. */
public final class PlatformChoice {
    /**
     * Systems with at most this many particles use Reference, larger ones CPU. MEASUREMENT_PENDING
     */
    public static final int REFERENCE_MAX_PARTICLES = 200;

    private PlatformChoice() {
    }

    /** "Reference" for small systems, "CPU" for larger ones when the CPU plugin loaded. */
    public static String forSize(int numParticles) {
        if (numParticles <= REFERENCE_MAX_PARTICLES || !OpenMMLibrary.load().hasPlatform("CPU")) {
            return "Reference";
        }
        return "CPU";
    }

    /**
     * Context properties for a platform: one OpenMM thread per CPU Context, because the evaluator's own threads
     * supply the parallelism (and one thread keeps the CPU platform's sums in a fixed order).
     */
    public static Map<String, String> properties(String platform) {
        return platform.equals("CPU") ? Map.of("Threads", "1") : Map.of();
    }
}
