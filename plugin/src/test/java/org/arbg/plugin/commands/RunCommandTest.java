package org.arbg.plugin.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.io.Npy;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arbg run} end to end on alanine dipeptide with a tiny bundled default made in the test (a model trained
 * for a few steps, mdtraj's frame0.dcd as reference and as MD), and its failure paths.
 */
class RunCommandTest {
    static final String PDB = testData("structures/aldp-modern-names.pdb");
    static final String FRAMES = testData("trajectories/frame0.dcd");

    @TempDir
    static Path tmp;
    static Path bundles;

    static String testData(String relative) {
        return Path.of(Objects.requireNonNull(System.getProperty("arbg.testData")), relative).toString();
    }

    @BeforeAll
    static void makeBundle() throws IOException {
        bundles = tmp.resolve("bundles");
        Path aldp = bundles.resolve("aldp");
        assertEquals(ExitCode.OK, Main.run(new String[] {"prepare", "--pdb", PDB, "--out",
            aldp.resolve("system").toString(), "--quiet"}));
        assertEquals(ExitCode.OK, Main.run(new String[] {"train", "--system", aldp.resolve("system").toString(),
            "--data", FRAMES, "--out", aldp.resolve("model").toString(), "--steps", "5", "--width", "16",
            "--layers", "1", "--heads", "2", "--bins", "32", "--threads", "1", "--quiet"}));
        Files.copy(Path.of(FRAMES), aldp.resolve("reference.dcd"));
        Files.writeString(aldp.resolve("bundle.json"), "{\"name\": \"test aldp\", \"system\": \"system\","
                + " \"model\": \"model\", \"reference\": \"reference.dcd\", \"md\": \"reference.dcd\","
                + " \"md_frame_cost\": 2}");
    }

    @Test
    void runsEveryStageWithTheBundledDefaultsOfThisSystem() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(ExitCode.OK, Main.run(new String[] {"run", "--pdb", PDB, "--bundles", bundles.toString(),
            "-n", "60", "--ensemble", "25", "--n-eval", "20", "--out", out.toString(), "--threads", "1",
            "--quiet"}));

        for (String f : new String[] {"proposals.dcd", "log_q.npy", "ic.npy", "sample.json", "energies.npy",
            "log_weights.npy", "resampled_indices.npy", "reweight.json", "ensemble.dcd", "ensemble.pdb",
            "metrics.json", "summary.json", "system/system.xml", "report.html", "curve_e_w2.png"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        try (Stream<Path> entries = Files.list(out)) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(".arbg-staging")),
                    "the staging folder is gone");
        }
        for (String f : new String[] {"summary.json", "metrics.json", "report.html", "sample.json"}) {
            String text = Files.readString(out.resolve(f));
            assertFalse(text.contains(".arbg-staging"), f + " names the staging folder");
            assertTrue(text.contains(out.toString()), f + " names the run directory");
        }
        assertEquals(60, Npy.read(out.resolve("log_weights.npy")).shape()[0]);
        assertEquals(25, frames(out.resolve("ensemble.dcd")));
        assertEquals(25, frames(out.resolve("ensemble.pdb")));

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(60, summary.get("n_proposals").asInt());
        assertTrue(summary.get("ess_fraction").asDouble() > 0 && summary.get("ess_fraction").asDouble() <= 1);
        assertTrue(summary.has("e_w2_kT") && summary.has("t_w2_rad"), summary.toString());
        assertEquals("test aldp", summary.get("run").get("bundle").asText());
        assertEquals("[1.0,1.1]", summary.get("run").get("sampling_temperatures").toString(),
                "the default sampling temperatures");
        assertTrue(Files.readString(out.resolve("report.html")).contains("1.0,1.1"), "the report names them too");
        // the bundled MD counts 2 energy evaluations per frame: a 60-evaluation budget buys 30 frames
        assertEquals(30, summary.get("md").get("n_frames_budget").asInt());
        assertEquals(25, summary.get("reweight").get("n_resampled").asInt());
        assertTrue(summary.get("curve").isArray() && summary.get("curve").size() >= 2, "cost curve for the report");
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertTrue(metrics.get("consistency").isObject(), "evaluate was given the model: the consistency check");
        assertEquals(metrics.get("n_eval").asInt(), metrics.get("consistency").get("reference_frames").asInt());
        assertTrue(Files.readString(out.resolve("report.html")).contains("curve_t_w2.png"));
        JsonNode provenance = summary.get("provenance");
        assertEquals("12345", provenance.get("seed").asText());
        assertEquals(sha256(Path.of(PDB)), provenance.get("inputs").get("pdb").get("sha256").asText(),
                "the input structure's SHA-256");
        assertTrue(provenance.get("inputs").has("model") && provenance.get("inputs").has("reference"));
    }

    @Test
    void aFailingStageLeavesNothingBehind() {
        Path out = tmp.resolve("failed");
        assertEquals(ExitCode.BAD_INPUT, Main.run(new String[] {"run", "--pdb", PDB, "--bundles",
            bundles.toString(), "--model", tmp.resolve("no-such-model").toString(), "-n", "10", "--out",
            out.toString(), "--threads", "1", "--quiet"}));
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesANonEmptyOutputAndAmbiguousInputs() throws IOException {
        Path used = tmp.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("keep.txt"), "mine");
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"run", "--pdb", PDB, "--out", used.toString(),
            "--quiet"}));
        assertEquals("mine", Files.readString(used.resolve("keep.txt")));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"run", "--out", tmp.resolve("x").toString(),
            "--quiet"}));
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static int frames(Path file) throws IOException {
        int n = 0;
        try (TrajectoryReader r = Trajectories.openReader(file, 22)) {
            double[] xyz = new double[66];
            while (r.readFrame(xyz)) {
                n++;
            }
        }
        return n;
    }
}
