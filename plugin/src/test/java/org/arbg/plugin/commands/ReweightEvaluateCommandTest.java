package org.arbg.plugin.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.io.Trajectories;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arbg reweight} and {@code arbg evaluate} through {@link Main#run}, on 60 alanine-dipeptide frames. */
class ReweightEvaluateCommandTest {
    private static final int N = 60;
    private static final String[] DETERMINISTIC = {"--platform", "Reference", "--threads", "1", "--quiet"};

    @TempDir
    static Path shared;
    static Path system;

    @TempDir
    Path dir;

    @BeforeAll
    static void prepare() {
        system = shared.resolve("system");
        assertEquals(ExitCode.OK, Main.run(new String[] {"prepare", "--pdb",
            testData("structures/aldp-modern-names.pdb").toString(), "--out", system.toString(), "--quiet"}));
    }

    static Path testData(String relative) {
        return Path.of(System.getProperty("arbg.testData")).resolve(relative);
    }

    /** proposals.dcd = the first {@code frames} frames of frame0.dcd; log_q.npy = {@code logQ}. */
    static Path sampleDir(Path dir, int frames, double[] logQ) throws IOException {
        Files.createDirectories(dir);
        try (TrajectoryReader r = Trajectories.openReader(testData("trajectories/frame0.dcd"), 22);
             TrajectoryWriter w = Trajectories.openWriter(dir.resolve("proposals.dcd"), 22)) {
            double[] xyz = new double[66];
            for (int i = 0; i < frames && r.readFrame(xyz); i++) {
                w.writeFrame(xyz);
            }
        }
        Npy.write(dir.resolve("log_q.npy"), new NpyArray.Float64(new int[] {logQ.length}, logQ));
        return dir;
    }

    static int arbg(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of(DETERMINISTIC)).toArray(String[]::new);
        return Main.run(all);
    }

    static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void reweightCountsNanLogQAndWritesEveryOutput() throws Exception {
        double[] logQ = new double[N];
        logQ[5] = Double.NaN;
        logQ[17] = Double.NaN;
        logQ[30] = Double.POSITIVE_INFINITY;
        Path samples = sampleDir(dir.resolve("samples"), N, logQ);
        Path out = dir.resolve("rw");
        assertEquals(ExitCode.OK, arbg("reweight", "--system", system.toString(), "--samples", samples.toString(),
                "--resample", "25", "--seed", "3", "--out", out.toString()));
        JsonNode s = json(out.resolve("summary.json"));
        assertEquals(N, s.get("n_proposals").asInt());
        assertEquals(3, s.get("n_nonfinite_logq").asInt());
        assertEquals(0, s.get("n_nonfinite_energy").asInt());
        assertEquals(25, s.get("n_resampled").asInt());
        assertEquals(300.0, s.get("temperature_K").asDouble());
        assertTrue(s.get("ess_fraction").asDouble() > 0 && s.get("ess_fraction").asDouble() <= 1);
        double[] logW = ((NpyArray.Float64) Npy.read(out.resolve("log_weights.npy"))).data();
        assertEquals(Double.NEGATIVE_INFINITY, logW[5]);
        assertEquals(Double.NEGATIVE_INFINITY, logW[30]);
        try (TrajectoryReader r = Trajectories.openReader(out.resolve("resampled.dcd"), 22)) {
            int frames = 0;
            while (r.readFrame(new double[66])) {
                frames++;
            }
            assertEquals(25, frames);
        }
    }

    @Test
    void badSamplesExitWithThreeAndLeaveNoOutput() throws Exception {
        Path out = dir.resolve("rw");
        assertEquals(ExitCode.BAD_INPUT, arbg("reweight", "--system", system.toString(), "--samples",
                dir.resolve("missing").toString(), "--out", out.toString()));
        double[] nan = new double[N];
        java.util.Arrays.fill(nan, Double.NaN);
        Path allNan = sampleDir(dir.resolve("nan"), N, nan);
        assertEquals(ExitCode.BAD_INPUT, arbg("reweight", "--system", system.toString(), "--samples",
                allNan.toString(), "--out", out.toString()));
        Path short1 = sampleDir(dir.resolve("short"), N, new double[N - 1]);
        assertEquals(ExitCode.BAD_INPUT, arbg("reweight", "--system", system.toString(), "--samples",
                short1.toString(), "--out", out.toString()));
        Path empty = sampleDir(dir.resolve("empty"), 0, new double[0]);
        assertEquals(ExitCode.BAD_INPUT, arbg("reweight", "--system", system.toString(), "--samples",
                empty.toString(), "--out", out.toString()));
        assertFalse(Files.exists(out), "no output directory after failures");
        assertEquals(ExitCode.USAGE, arbg("reweight", "--system", system.toString(), "--samples",
                empty.toString(), "--clip-fraction", "1.5", "--out", out.toString()));
    }

    @Test
    void evaluateScoresZeroOnItsOwnReferenceAndComparesWithMd() throws Exception {
        // log q = −u from arbg reweight's own energies: equal weights, so the proposals are the reference
        Path first = sampleDir(dir.resolve("first"), N, new double[N]);
        Path rw = dir.resolve("rw");
        assertEquals(ExitCode.OK, arbg("reweight", "--system", system.toString(), "--samples", first.toString(),
                "--out", rw.toString()));
        double[] u = ((NpyArray.Float64) Npy.read(rw.resolve("energies.npy"))).data();
        double[] logQ = new double[N];
        for (int i = 0; i < N; i++) {
            logQ[i] = -u[i];
        }
        Path samples = sampleDir(dir.resolve("samples"), N, logQ);
        Path proposals = samples.resolve("proposals.dcd");
        Path metrics = dir.resolve("metrics.json");
        assertEquals(ExitCode.OK, arbg("evaluate", "--system", system.toString(), "--samples", samples.toString(),
                "--reference", proposals.toString(), "--md", testData("trajectories/frame0.dcd").toString(),
                "--resampling", "systematic", "--clip-fraction", "0", "--n-eval", "100", "--bootstrap", "20",
                "--out", metrics.toString()));
        JsonNode m = json(metrics);
        assertEquals(0.0, m.get("e_w2_kT").asDouble(), 0.0);
        assertEquals(0.0, m.get("t_w2_rad").asDouble(), 0.0);
        assertEquals(0.0, m.get("js_divergence").asDouble(), 1e-12);
        assertEquals(1.0, m.get("ess_fraction").asDouble(), 1e-12);
        assertEquals(N, m.get("n_eval").asInt());
        assertEquals(N, m.get("md").get("n_frames_used").asInt(), "MD gets as many frames as there were proposals");
        assertTrue(m.get("md").get("e_w2_kT").isNumber());
        // frame0's first 60 frames are the reference here: MD truncated to them matches it exactly too
        assertTrue(m.get("beats_md").get("e_w2_kT").isBoolean());
        assertTrue(m.get("reference").get("basin").get(0).has("block_se_kT"));

        // reweight's energies of this sample, passed in, give the same metrics; another sample's are refused
        Path rwSamples = dir.resolve("rw-samples");
        assertEquals(ExitCode.OK, arbg("reweight", "--system", system.toString(), "--samples", samples.toString(),
                "--out", rwSamples.toString()));
        Path reused = dir.resolve("reused.json");
        assertEquals(ExitCode.OK, arbg("evaluate", "--system", system.toString(), "--samples", samples.toString(),
                "--reweighted", rwSamples.toString(), "--reference", proposals.toString(), "--md",
                testData("trajectories/frame0.dcd").toString(), "--resampling", "systematic", "--clip-fraction", "0",
                "--n-eval", "100", "--bootstrap", "20", "--out", reused.toString()));
        JsonNode r = json(reused);
        for (String key : new String[] {"e_w2_kT", "t_w2_rad", "js_divergence", "ess_fraction"}) {
            assertEquals(m.get(key).asDouble(), r.get(key).asDouble(), 0.0, key);
        }
        Path shorter = sampleDir(dir.resolve("shorter"), N - 1, new double[N - 1]);
        Path refused = dir.resolve("refused.json");
        assertEquals(ExitCode.BAD_INPUT, arbg("evaluate", "--system", system.toString(), "--samples",
                shorter.toString(), "--reweighted", rwSamples.toString(), "--reference", proposals.toString(),
                "--out", refused.toString()));
        assertFalse(Files.exists(refused));

        Path wrong = dir.resolve("wrong.dcd");
        try (TrajectoryWriter w = Trajectories.openWriter(wrong, 12)) {
            w.writeFrame(new double[36]);
        }
        Path bad = dir.resolve("bad.json");
        assertEquals(ExitCode.BAD_INPUT, arbg("evaluate", "--system", system.toString(), "--samples",
                samples.toString(), "--reference", wrong.toString(), "--out", bad.toString()));
        assertFalse(Files.exists(bad));
    }
}
