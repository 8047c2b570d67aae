package org.arbg.workflows.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.arbg.adapters.ArbgVersion;
import org.arbg.energy.openmm.OpenMMLibrary;
import org.arbg.model.TorchRuntime;

/**
 * The machine and software a benchmark ran on.
 *
 * @param cores            processors the JVM sees
 * @param cpuModel         "model name" of /proc/cpuinfo ("unknown" elsewhere)
 * @param memoryKiB        MemTotal of /proc/meminfo, KiB (−1 if unknown)
 * @param loadAverage      the 1/5/15-minute load averages of /proc/loadavg when probed (shared machines: a load
 *                         above the core count means the timings are slowed by others)
 * @param os               os.name os.version os.arch
 * @param javaVersion      java.version and VM name
 * @param arbgVersion      arbg
 * @param openmmVersion    OpenMM library version
 * @param openmmPlatforms  OpenMM platforms loaded
 * @param libtorchVersion  libtorch version of the DJL PyTorch engine
 */
public record MachineInfo(int cores, String cpuModel, long memoryKiB, String loadAverage, String os,
                          String javaVersion, String arbgVersion, String openmmVersion, List<String> openmmPlatforms,
                          String libtorchVersion) {
    public static MachineInfo probe() {
        OpenMMLibrary openmm = OpenMMLibrary.load();
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemTotal(), currentLoadAverage(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                ArbgVersion.get(), openmm.openmmVersion(), openmm.platformNames(),
                TorchRuntime.engine().getVersion());
    }

    /** The first three fields of /proc/loadavg, or "unknown". */
    public static String currentLoadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String readCpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static long readMemTotal() {
        return MemoryProbe.procStatusKiBOf(Path.of("/proc/meminfo"), "MemTotal");
    }
}
