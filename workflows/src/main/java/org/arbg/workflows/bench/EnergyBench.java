package org.arbg.workflows.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.arbg.energy.openmm.OpenMMContext;
import org.arbg.energy.openmm.OpenMMLibrary;
import org.arbg.energy.openmm.OpenMMSystem;

/**
 * Energy cost per frame: the batched JNI call ({@link OpenMMContext#evaluateFrames}) timed in Java, against the same
 * loop timed inside C++ ({@link OpenMMContext#timeNativeEnergyLoop}) on the same Context, on Reference and on CPU
 * with each configured thread count.
 *
 * <p>On a shared machine the load changes within a second, so the two methods are interleaved finely: each repeat
 * splits its batch into {@value #CHUNKS} chunks and times, per chunk, one JNI call and one C++ loop, alternating
 * which goes first. Both methods thus see the same load, and the per-repeat ratio of their sums
 * ({@link Result#pairedOverheadPercent()}) is the robust estimate of what crossing JNI costs. Each repeat starts
 * with one untimed chunk.
 */
public final class EnergyBench {
    /** Chunks a repeat's batch is split into (fewer when the batch has fewer frames). */
    static final int CHUNKS = 10;

    /**
     * @param platform              OpenMM platform
     * @param threads               CPU-platform threads (1 for Reference, which has one)
     * @param frames                frames per repeat (all chunks)
     * @param framesPerCall         frames per JNI call and per C++ loop (one chunk)
     * @param jniMicros             µs per energy through the batched JNI call
     * @param nativeMicros          µs per energy inside C++
     * @param overheadPercent       (median JNI − median native) / median native × 100
     * @param pairedOverheadPercent median over repeats of (JNI − native) / native × 100 within the repeat
     */
    public record Result(String platform, int threads, int frames, int framesPerCall, Stat jniMicros,
                         Stat nativeMicros, double overheadPercent, Stat pairedOverheadPercent) {
    }

    private EnergyBench() {
    }

    static List<Result> measure(OpenMMSystem system, double[] frames, int numFrames, BenchConfig c) {
        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        runs.put("Reference/1", Map.of());
        if (OpenMMLibrary.load().hasPlatform("CPU")) {
            for (int t : c.energyThreads()) {
                runs.put("CPU/" + t, Map.of("Threads", Integer.toString(t)));
            }
        }
        int perAtom = frames.length / numFrames;
        int chunks = Math.min(CHUNKS, numFrames);
        int perCall = numFrames / chunks;
        double[][] chunk = new double[chunks][];
        for (int k = 0; k < chunks; k++) {
            chunk[k] = Arrays.copyOfRange(frames, k * perCall * perAtom, (k + 1) * perCall * perAtom);
        }
        int timedFrames = chunks * perCall;
        double[] e = new double[perCall];
        List<Result> out = new ArrayList<>();
        for (var run : runs.entrySet()) {
            String[] key = run.getKey().split("/");
            double[] jni = new double[c.repeats()];
            double[] nat = new double[c.repeats()];
            double[] paired = new double[c.repeats()];
            try (OpenMMContext ctx = new OpenMMContext(system, key[0], run.getValue())) {
                for (int r = 0; r < c.repeats(); r++) {
                    ctx.evaluateFrames(chunk[0], perCall, e, null);
                    double jniSeconds = 0;
                    double nativeSeconds = 0;
                    for (int k = 0; k < chunks; k++) {
                        if ((k + r) % 2 == 0) {
                            jniSeconds += timeJni(ctx, chunk[k], perCall, e);
                            nativeSeconds += ctx.timeNativeEnergyLoop(chunk[k], perCall, e);
                        } else {
                            nativeSeconds += ctx.timeNativeEnergyLoop(chunk[k], perCall, e);
                            jniSeconds += timeJni(ctx, chunk[k], perCall, e);
                        }
                    }
                    jni[r] = jniSeconds * 1e6 / timedFrames;
                    nat[r] = nativeSeconds * 1e6 / timedFrames;
                    paired[r] = 100 * (jniSeconds - nativeSeconds) / nativeSeconds;
                }
            }
            Stat j = Stat.of(jni);
            Stat n = Stat.of(nat);
            out.add(new Result(key[0], Integer.parseInt(key[1]), timedFrames, perCall, j, n,
                    100 * (j.median() - n.median()) / n.median(), Stat.of(paired)));
        }
        return out;
    }

    private static double timeJni(OpenMMContext ctx, double[] frames, int n, double[] energies) {
        long t0 = System.nanoTime();
        ctx.evaluateFrames(frames, n, energies, null);
        return (System.nanoTime() - t0) / 1e9;
    }
}
