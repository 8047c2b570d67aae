package org.arbg.energy.openmm;

import java.util.Map;
import java.util.Objects;

/**
 * Cost of one energy evaluation, for {@code arbg bench}: the batched JNI call ({@link
 * OpenMMContext#evaluateFrames}) timed from Java, against the same loop timed inside C++
 * ({@link OpenMMContext#timeNativeEnergyLoop}) on the same Context. The difference is what crossing JNI costs.
 */
public final class EnergyThroughput {
    private EnergyThroughput() {
    }

    /**
     * @param platform        the platform that was timed
     * @param numAtoms        atoms per frame
     * @param frames          frames per timed batch
     * @param microsJni       µs per energy through the batched JNI call (best of the repeats)
     * @param microsNative    µs per energy inside C++ (best of the repeats)
     */
    public record Result(String platform, int numAtoms, int frames, double microsJni, double microsNative) {
        /** µs per frame spent outside OpenMM's own loop (JNI, array copies). */
        public double overheadMicros() {
            return microsJni - microsNative;
        }
    }

    /**
     * Times energies of {@code framesNm} on one Context, after one warm-up batch.
     *
     * @param ctx      the Context (its System must match the frames)
     * @param framesNm frames in nm, x y z per atom, frame after frame
     * @param repeats  timed repetitions of each method; the fastest counts
     */
    public static Result measure(OpenMMContext ctx, double[] framesNm, int repeats) {
        Objects.requireNonNull(ctx, "ctx");
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1: " + repeats);
        }
        int n = framesNm.length / (3 * ctx.numParticles());
        if (n < 1 || n * 3 * ctx.numParticles() != framesNm.length) {
            throw new IllegalArgumentException("framesNm must hold a whole, positive number of frames");
        }
        double[] e = new double[n];
        ctx.evaluateFrames(framesNm, n, e, null);
        double bestJni = Double.POSITIVE_INFINITY;
        double bestNative = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            ctx.evaluateFrames(framesNm, n, e, null);
            bestJni = Math.min(bestJni, (System.nanoTime() - t0) * 1e-3 / n);
            bestNative = Math.min(bestNative, ctx.timeNativeEnergyLoop(framesNm, n, e) * 1e6 / n);
        }
        return new Result(ctx.platformName(), ctx.numParticles(), n, bestJni, bestNative);
    }

    /** Times a System on a named platform with a fresh Context (CPU with one thread). */
    public static Result measure(OpenMMSystem system, String platform, double[] framesNm, int repeats) {
        Map<String, String> props = PlatformChoice.properties(platform);
        try (OpenMMContext ctx = new OpenMMContext(system, platform, props)) {
            return measure(ctx, framesNm, repeats);
        }
    }
}
