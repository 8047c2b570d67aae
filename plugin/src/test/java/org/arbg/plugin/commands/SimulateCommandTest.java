package org.arbg.plugin.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.arbg.adapters.io.DcdReader;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path tmp;

    private static Path testData(String rel) {
        return Path.of(System.getProperty("arbg.testData")).resolve(rel);
    }

    /** Alanine dipeptide (GBn2 System serialized by OpenMM) as a system directory made by 'arbg prepare'. */
    private Path aldpSystemDir() throws IOException {
        Path dir = tmp.resolve("aldp");
        assertEquals(ExitCode.OK, Main.run(new String[] {"prepare", "--quiet", "--system-xml",
            testData("reference/aldp-implicit-gbn2.system.xml").toString(), "--pdb",
            testData("structures/aldp-old-names.pdb").toString(), "--out", dir.toString()}));
        return dir;
    }

    private static int simulate(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "simulate";
        all[1] = "--quiet";
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all);
    }

    @Test
    void missingSystemDirectoryIsBadInput() {
        assertEquals(ExitCode.BAD_INPUT, simulate("--system", tmp.resolve("nope").toString(), "--ns", "0.001",
                "--out", tmp.resolve("t.dcd").toString()));
    }

    @Test
    void unreadableSystemXmlIsBadInput() throws IOException {
        Path dir = aldpSystemDir();
        Files.writeString(dir.resolve("system.xml"), "<System><Particles><Particle mass=");
        assertEquals(ExitCode.BAD_INPUT, simulate("--system", dir.toString(), "--ns", "0.001",
                "--out", tmp.resolve("t.dcd").toString()));
        Files.delete(dir.resolve("system.xml"));
        assertEquals(ExitCode.BAD_INPUT, simulate("--system", dir.toString(), "--ns", "0.001",
                "--out", tmp.resolve("t.dcd").toString()));
    }

    @Test
    void usageErrors() throws IOException {
        Path dir = aldpSystemDir();
        String out = tmp.resolve("t.dcd").toString();
        assertEquals(ExitCode.USAGE, simulate("--system", dir.toString(), "--out", out), "missing --ns");
        assertEquals(ExitCode.USAGE, simulate("--system", dir.toString(), "--ns", "0.001", "--out", out,
                "--report-ps", "0.0005"), "report interval below one step");
        assertEquals(ExitCode.USAGE, simulate("--system", dir.toString(), "--ns", "0.001", "--out", out,
                "--replicas", "3"), "replica exchange without --tmax");
    }

    @Test
    void runsResumesAndRunsReplicaExchange() throws IOException {
        String dir = aldpSystemDir().toString();
        Path out = tmp.resolve("md.dcd");
        String[] common = {"--system", dir, "--out", out.toString(), "--report-ps", "0.02", "--platform", "CPU"};
        assertEquals(ExitCode.OK, simulate(concat(common, "--ns", "0.0001")));
        assertEquals(5, frames(out));
        assertEquals(ExitCode.USAGE, simulate(concat(common, "--ns", "0.0002")), "checkpoint exists, no --resume");
        assertEquals(ExitCode.OK, simulate(concat(common, "--ns", "0.0002", "--resume")));
        assertEquals(10, frames(out));
        assertEquals(10, ((NpyArray.Float64) Npy.read(tmp.resolve("md.energies.npy"))).data().length);

        Path rex = tmp.resolve("rex.dcd");
        assertEquals(ExitCode.OK, simulate("--system", dir, "--out", rex.toString(), "--report-ps", "0.02",
                "--platform", "CPU", "--ns", "0.0001", "--replicas", "2", "--tmax", "330", "--exchange-ps", "0.01",
                "--threads", "2"));
        assertEquals(5, frames(rex));
        assertTrue(Files.exists(tmp.resolve("rex.checkpoint")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int frames(Path dcd) throws IOException {
        try (DcdReader r = DcdReader.open(dcd)) {
            assertEquals(r.frameCountFromSize(), r.headerFrameCount());
            return r.headerFrameCount();
        }
    }
}
