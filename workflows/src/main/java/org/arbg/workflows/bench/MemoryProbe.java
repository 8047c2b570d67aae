package org.arbg.workflows.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory: the JVM heap's peak used bytes (sum of the heap pools' peaks since the last reset; native memory
 * such as libtorch tensors and OpenMM is not in it) and the process's resident set from /proc/self/status
 * (VmHWM: peak RSS since the process started, so it only grows; VmRSS: now).
 *
 * @param heapPeakUsedBytes JVM heap peak used since {@link #resetPeaks()}, bytes
 * @param heapMaxBytes      the heap limit (-Xmx), bytes
 * @param rssPeakKiB        VmHWM, KiB; −1 where /proc is not available
 * @param rssNowKiB         VmRSS, KiB; −1 where /proc is not available
 */
public record MemoryProbe(long heapPeakUsedBytes, long heapMaxBytes, long rssPeakKiB, long rssNowKiB) {
    /** Resets the heap pools' peak counters, so the next snapshot covers only what ran in between. */
    public static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    public static MemoryProbe snapshot() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return new MemoryProbe(peak, Runtime.getRuntime().maxMemory(), procStatusKiB("VmHWM"),
                procStatusKiB("VmRSS"));
    }

    /** A "Name:   1234 kB" line of /proc/self/status, in KiB; −1 if absent. */
    static long procStatusKiB(String name) {
        return procStatusKiBOf(Path.of("/proc/self/status"), name);
    }

    /** A "Name:   1234 kB" line of a /proc file, in KiB; −1 if absent. */
    static long procStatusKiBOf(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name + ":")) {
                    return Long.parseLong(line.substring(name.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
