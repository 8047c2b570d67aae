package org.arbg.workflows.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.arbg.energy.openmm.EnergyThroughput;
import org.arbg.energy.openmm.OpenMMContext;
import org.arbg.energy.openmm.OpenMMLibrary;
import org.arbg.energy.openmm.OpenMMSystem;

/**
 * Energy cost per frame: the batched JNI call against the same loop timed inside C++
 * ({@link EnergyThroughput}), on Reference and on CPU with each configured thread count.
 */
public final class EnergyBench {
    /**
     * @param platform        OpenMM platform
     * @param threads         CPU-platform threads (1 for Reference, which has one)
     * @param frames          frames per batch
     * @param jniMicros       µs per energy through the batched JNI call
     * @param nativeMicros    µs per energy inside C++
     * @param overheadPercent (median JNI − median native) / median native × 100
     */
    public record Result(String platform, int threads, int frames, Stat jniMicros, Stat nativeMicros,
                  double overheadPercent) {
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
        List<Result> out = new ArrayList<>();
        for (var run : runs.entrySet()) {
            String[] key = run.getKey().split("/");
            double[] jni = new double[c.repeats()];
            double[] nat = new double[c.repeats()];
            try (OpenMMContext ctx = new OpenMMContext(system, key[0], run.getValue())) {
                for (int r = 0; r < c.repeats(); r++) {
                    // each call warms up with one untimed batch, then times one JNI batch and one C++ loop
                    EnergyThroughput.Result e = EnergyThroughput.measure(ctx, frames, 1);
                    jni[r] = e.microsJni();
                    nat[r] = e.microsNative();
                }
            }
            Stat j = Stat.of(jni);
            Stat n = Stat.of(nat);
            out.add(new Result(key[0], Integer.parseInt(key[1]), numFrames, j, n,
                    100 * (j.median() - n.median()) / n.median()));
        }
        return out;
    }
}
