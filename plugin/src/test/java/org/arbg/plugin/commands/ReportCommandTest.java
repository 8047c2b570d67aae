package org.arbg.plugin.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.io.Trajectories;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.Main;
import org.arbg.workflows.report.HtmlPage;
import org.arbg.workflows.report.ReportPlots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arbg evaluate --curve-points} and {@code arbg report} through the CLI on alanine-dipeptide frames:
 * 80 proposals (frames 0–79 of frame0.dcd), reference frames 150–449, MD = frame0.dcd from its start.
 */
class ReportCommandTest {
    private static final int N = 80;
    private static final Pattern IMG = Pattern.compile("<img src=\"([^\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\"");

    @TempDir
    static Path shared;
    static Path system;
    static Path samples;
    static Path reweighted;
    static Path reference;
    static Path metrics;
    static Path md;

    @TempDir
    Path dir;

    @BeforeAll
    static void prepare() throws IOException {
        system = shared.resolve("system");
        assertEquals(ExitCode.OK, Main.run(new String[] {"prepare", "--pdb",
            ReweightEvaluateCommandTest.testData("structures/aldp-modern-names.pdb").toString(),
            "--out", system.toString(), "--quiet"}));
        double[] logQ = new double[N];
        for (int i = 0; i < N; i++) {
            logQ[i] = -0.01 * i;
        }
        samples = ReweightEvaluateCommandTest.sampleDir(shared.resolve("samples"), N, logQ);
        md = ReweightEvaluateCommandTest.testData("trajectories/frame0.dcd");
        reference = shared.resolve("reference.dcd");
        try (TrajectoryReader r = Trajectories.openReader(md, 22);
             TrajectoryWriter w = Trajectories.openWriter(reference, 22)) {
            double[] xyz = new double[66];
            for (int i = 0; i < 450 && r.readFrame(xyz); i++) {
                if (i >= 150) {
                    w.writeFrame(xyz);
                }
            }
        }
        reweighted = shared.resolve("rw");
        assertEquals(ExitCode.OK, ReweightEvaluateCommandTest.arbg("reweight", "--system", system.toString(),
                "--samples", samples.toString(), "--out", reweighted.toString()));
        metrics = shared.resolve("metrics.json");
        assertEquals(ExitCode.OK, ReweightEvaluateCommandTest.arbg("evaluate", "--system", system.toString(),
                "--samples", samples.toString(), "--reference", reference.toString(), "--md", md.toString(),
                "--md-frame-cost", "2", "--n-eval", "60", "--bootstrap", "10", "--curve-points", "3",
                "--curve-start", "10", "--curve-n-eval", "40", "--out", metrics.toString()));
    }

    @Test
    void evaluateWritesTheCurveWithMdFramesAtTheirCost() throws IOException {
        JsonNode m = ReweightEvaluateCommandTest.json(metrics);
        JsonNode curve = m.get("curve");
        assertEquals(3, curve.size());
        long[] budgets = {10, 28, 80};
        for (int k = 0; k < 3; k++) {
            JsonNode p = curve.get(k);
            assertEquals(budgets[k], p.get("energy_evaluations").asLong());
            assertEquals(budgets[k], p.get("arbg").get("n_proposals").asLong());
            assertEquals(40, p.get("arbg").get("n_eval").asInt());
            assertEquals(budgets[k] / 2, p.get("md").get("n_frames_used").asLong(), "2 evaluations per MD frame");
            assertEquals(Math.min(40, budgets[k] / 2), p.get("md").get("n_eval").asInt());
            assertTrue(p.get("arbg").get("e_w2_kT").asDouble() > 0);
        }
        assertEquals(40, m.get("md").get("n_frames_used").asInt());
        assertEquals(ExitCode.USAGE, ReweightEvaluateCommandTest.arbg("evaluate", "--system", system.toString(),
                "--samples", samples.toString(), "--reference", reference.toString(), "--curve-n-eval", "40",
                "--out", dir.resolve("m.json").toString()));
    }

    @Test
    void reportWritesAPageWhoseImagesExistDecodeAndShowTheMetrics() throws Exception {
        Path out = dir.resolve("report");
        assertEquals(ExitCode.OK, report(out, "--metrics", metrics.toString(), "--md", md.toString()));
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        List<String> sources = new ArrayList<>();
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            String src = img.group(1);
            sources.add(src);
            Path png = out.resolve(src);
            assertTrue(Files.isRegularFile(png), "missing image " + src);
            BufferedImage decoded = ImageIO.read(png.toFile());
            assertTrue(decoded != null, src + " is not a readable PNG");
            assertEquals(Integer.parseInt(img.group(2)), decoded.getWidth(), src);
            assertEquals(Integer.parseInt(img.group(3)), decoded.getHeight(), src);
            boolean map = src.startsWith("rama_");
            assertEquals(map ? ReportPlots.MAP_WIDTH : ReportPlots.CHART_WIDTH, decoded.getWidth(), src);
            assertEquals(map ? ReportPlots.MAP_HEIGHT : ReportPlots.CHART_HEIGHT, decoded.getHeight(), src);
        }
        assertEquals(List.of("rama_reference_1.png", "rama_proposals_1.png", "rama_reweighted_1.png",
                "rama_md_1.png", "energy.png", "log_weights.png", "curve_e_w2.png", "curve_t_w2.png"), sources);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(sources.size() + 2, files.count(),
                    "report.html, its images, its provenance, and no staging leftovers");
        }
        assertTrue(html.contains("<table id=\"provenance\">") && html.contains(
                ReweightEvaluateCommandTest.json(out.resolve("report-provenance.json")).get("inputs").get("reference")
                        .get("sha256").asText()), "the page shows the provenance written beside it");
        // the metrics table holds arbg's and MD's values of metrics.json, the curve table the curve's
        JsonNode m = ReweightEvaluateCommandTest.json(metrics);
        String table = html.substring(html.indexOf("<table id=\"metrics\">"), html.indexOf("<table id=\"curve\">"));
        for (String key : new String[] {"e_w2_kT", "t_w2_rad", "js_divergence"}) {
            assertTrue(table.contains("<td>" + HtmlPage.number(m.get(key).asDouble()) + "</td>"), key);
            assertTrue(table.contains("<td>" + HtmlPage.number(m.get("md").get(key).asDouble()) + "</td>"), "md " + key);
        }
        assertTrue(table.contains("<td>" + HtmlPage.number(m.get("ess_fraction").asDouble()) + "</td>"));
        String curveTable = html.substring(html.indexOf("<table id=\"curve\">"));
        assertTrue(curveTable.contains("<td>" + HtmlPage.number(
                m.get("curve").get(0).get("md").get("t_w2_rad").asDouble()) + "</td>"));
        chromiumRenders(out);
    }

    @Test
    void withoutMetricsOrMdTheReportHasMapsAndHistogramsOnly() throws Exception {
        Path out = dir.resolve("plain");
        assertEquals(ExitCode.OK, report(out));
        assertTrue(Files.exists(out.resolve("rama_reweighted_1.png")));
        assertFalse(Files.exists(out.resolve("rama_md_1.png")));
        assertFalse(Files.exists(out.resolve("curve_e_w2.png")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("No metrics.json given"));
    }

    @Test
    void badInputsExitWithThreeNameTheFileAndWriteNothing() throws Exception {
        Path out = dir.resolve("bad");
        // energies.npy of another sample (one value short)
        Path shortRw = dir.resolve("short-rw");
        Files.createDirectories(shortRw);
        for (String f : new String[] {"log_weights.npy", "summary.json"}) {
            Files.copy(reweighted.resolve(f), shortRw.resolve(f));
        }
        Npy.write(shortRw.resolve("energies.npy"), new NpyArray.Float64(new int[] {N - 1}, new double[N - 1]));
        assertEquals(ExitCode.BAD_INPUT, report(out, "--reweighted", shortRw.toString()));
        Path garbage = dir.resolve("metrics.json");
        Files.writeString(garbage, "{ not json");
        assertEquals(ExitCode.BAD_INPUT, report(out, "--metrics", garbage.toString()));
        Files.writeString(garbage, "{\"e_w2_kT\": 1.0, \"n_proposals\": 7}");
        assertEquals(ExitCode.BAD_INPUT, report(out, "--metrics", garbage.toString()));
        assertEquals(ExitCode.BAD_INPUT, report(out, "--reference", dir.resolve("none.dcd").toString()));
        assertFalse(Files.exists(out), "no output after failures");
    }

    /** arbg report with the shared inputs; later arguments override earlier ones of the same option. */
    private static int report(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("report", "--system", system.toString(), "--samples",
                samples.toString(), "--reweighted", reweighted.toString(), "--reference", reference.toString(),
                "--energy-frames", "100"));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            int at = args.indexOf(extra[i]);
            if (at >= 0) {
                args.set(at + 1, extra[i + 1]);
            } else {
                args.add(extra[i]);
                args.add(extra[i + 1]);
            }
        }
        args.add("--out");
        args.add(out.toString());
        return ReweightEvaluateCommandTest.arbg(args.toArray(String[]::new));
    }

    /** scripts/check-report.sh on the report, when Debian's chromium is installed (CI machines may lack it). */
    private static void chromiumRenders(Path out) throws Exception {
        boolean hasChromium = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "chromium")));
        assumeTrue(hasChromium, "chromium is not on PATH: skipping the headless rendering check");
        Path script = Path.of(System.getProperty("arbg.testData")).getParent().resolve("scripts/check-report.sh");
        Process p = new ProcessBuilder("bash", script.toString(), out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "check-report.sh timed out");
        assertEquals(0, p.exitValue(), log);
    }
}
