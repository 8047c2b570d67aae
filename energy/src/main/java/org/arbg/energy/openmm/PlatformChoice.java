package org.arbg.energy.openmm;

import java.util.Map;

/**
 * Which OpenMM platform evaluates energies of a System, and with which properties.
 *
 * <p>Measured with {@link EnergyThroughput} (µs per energy, batched JNI call, CPU platform with Threads=1) on the
 * shared 2-core development machine under load 5–6, so ±2× noise; systems built by OpenMM's ForceField:
 * <pre>
 *                          Reference   CPU
 *  22 atoms, GBSAOBCForce      33      116–467
 *  44 atoms, GBSAOBCForce   117–157    166–585
 * 166 atoms, GBSAOBCForce  1590–1760   930–970
 *  22 atoms, CustomGBForce 1560–3090   234–235
 *  44 atoms, CustomGBForce    3000       480
 * 166 atoms, CustomGBForce  12100      4900
 * </pre>
 * Reference grows about as N² and meets CPU near 100 atoms for native forces; CustomGBForce (Lepton expressions
 * evaluated per pair) is 6–13× faster on CPU at every size measured, so Systems with Custom* forces go to CPU.
 */
public final class PlatformChoice {
    /** Systems without Custom* forces and with at most this many particles use Reference (see the table above). */
    public static final int REFERENCE_MAX_PARTICLES = 100;

    private PlatformChoice() {
    }

    /** "Reference" up to {@link #REFERENCE_MAX_PARTICLES} particles, else "CPU" when the CPU plugin loaded. */
    public static String forSize(int numParticles) {
        return numParticles <= REFERENCE_MAX_PARTICLES ? "Reference" : cpuOrReference();
    }

    /** As {@link #forSize}, but CPU at any size when the System has a Custom* force (CustomGBForce, ...). */
    public static String forSystem(OpenMMSystem system) {
        for (String name : system.forceNames()) {
            if (name.startsWith("Custom")) {
                return cpuOrReference();
            }
        }
        return forSize(system.getNumParticles());
    }

    /**
     * Context properties for a platform: one OpenMM thread per CPU Context, because the evaluator's own threads
     * supply the parallelism (and one thread keeps the CPU platform's sums in a fixed order).
     */
    public static Map<String, String> properties(String platform) {
        return platform.equals("CPU") ? Map.of("Threads", "1") : Map.of();
    }

    private static String cpuOrReference() {
        return OpenMMLibrary.load().hasPlatform("CPU") ? "CPU" : "Reference";
    }
}
