package org.arbg.workflows.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.io.AtomicOutput;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.workflows.evaluate.AngleTable;
import org.arbg.workflows.evaluate.BackboneDihedrals;
import org.arbg.workflows.evaluate.RandomSubset;
import org.arbg.workflows.evaluate.SelectedFrameEnergies;
import org.arbg.workflows.generator.ProposalSampling;
import org.arbg.workflows.generator.SampleSummary;
import org.arbg.workflows.reweight.LogSpace;
import org.arbg.workflows.provenance.Provenance;
import org.arbg.workflows.reweight.JsonOutput;
import org.arbg.workflows.reweight.OutputStaging;
import org.arbg.workflows.reweight.ReweightedDirectory;
import org.arbg.workflows.reweight.TrajectoryScan;

/**
 * {@code arbg report}: an HTML page with PNG plots of a sample, its weights and its evaluation. Writes into
 * the output directory, all or nothing (staged, report.html moved in last):
 * <ul>
 *   <li>report.html: summary, metrics table (with metrics.json), the figures by relative path, provenance;</li>
 *   <li>report-provenance.json: versions, seed and the SHA-256 of every input;</li>
 *   <li>rama_{reference,proposals,reweighted,md}_K.png: −ln p(φ, ψ) in kT for residue K's backbone pair;</li>
 *   <li>energy.png: reduced-energy densities of reference, proposals, reweighted proposals (and MD);</li>
 *   <li>log_weights.png: the distribution of the clipped log-weights;</li>
 *   <li>curve_e_w2.png, curve_t_w2.png: E-W2 and T-W2 against energy evaluations, arbg and MD (when
 *       metrics.json holds a curve).</li>
 * </ul>
 */
public final class Report {
    public static final String HTML = "report.html";
    /** Log-weights more than this below the largest (relative weight below e^-100) are not drawn. */
    static final double LOG_WEIGHT_FLOOR = 100;
    /** The report's provenance (versions, seed, SHA-256 of every input), also shown on the page. */
    public static final String PROVENANCE = "report-provenance.json";
    public static final String ENERGY = "energy.png";
    public static final String LOG_WEIGHTS = "log_weights.png";
    public static final String CURVE_E_W2 = "curve_e_w2.png";
    public static final String CURVE_T_W2 = "curve_t_w2.png";

    private Report() {
    }

    /**
     * @param topology  the system's topology (its backbone defines φ/ψ)
     * @param evaluator energies at the system's temperature (reference and MD frames of the energy histogram)
     * @param outDir    the output directory (created if missing)
     * @return the names of the files written, report.html last
     * @throws BadInputException naming the file for missing or inconsistent inputs
     */
    public static List<String> run(Topology topology, EnergyEvaluator evaluator, ReportInputs in, ReportOptions o,
                                   Path outDir, Progress progress) throws IOException {
        int atoms = evaluator.numAtoms();
        requireFile(in.reference(), "reference trajectory");
        if (in.md().isPresent()) {
            requireFile(in.md().get(), "MD trajectory");
        }
        double[] logQ = in.samples().readLogQ();
        int proposals = TrajectoryScan.countFrames(in.samples().proposals(), atoms);
        if (proposals != logQ.length || proposals == 0) {
            throw new BadInputException(in.samples().proposals(), "", "holds " + proposals + " frames but "
                    + in.samples().logQ() + " holds " + logQ.length + " log q values");
        }
        ReweightedDirectory rw = ReweightedDirectory.read(in.reweighted(), proposals);
        Optional<ObjectNode> metrics = in.metrics().isPresent()
                ? Optional.of(readMetrics(in.metrics().get(), proposals)) : Optional.empty();

        BackboneDihedrals backbone = BackboneDihedrals.of(topology);
        SplittableRandom random = new SplittableRandom(o.seed());
        AngleTable.Builder refB = new AngleTable.Builder(backbone);
        int nRef = TrajectoryScan.scan(in.reference(), atoms, -1, (i, xyz) -> refB.add(xyz));
        if (nRef == 0) {
            throw new BadInputException(in.reference(), "", "the reference trajectory holds no frames");
        }
        AngleTable refAngles = refB.build();
        AngleTable.Builder propB = new AngleTable.Builder(backbone);
        TrajectoryScan.scan(in.samples().proposals(), atoms, -1, (i, xyz) -> propB.add(xyz));
        AngleTable propAngles = propB.build();
        double[] weights = LogSpace.normalizedWeights(rw.logWeights());
        double[] uRef = SelectedFrameEnergies.at(in.reference(),
                RandomSubset.choose(nRef, Math.min(o.energyFrames(), nRef), random.split()), evaluator, progress);

        AngleTable mdAngles = null;
        double[] uMd = null;
        int mdFrames = 0;
        if (in.md().isPresent()) {
            Path md = in.md().get();
            long want = metrics.map(m -> m.path("md").path("n_frames_used").asLong(proposals)).orElse((long) proposals);
            AngleTable.Builder mdB = new AngleTable.Builder(backbone);
            mdFrames = TrajectoryScan.scan(md, atoms, (int) Math.min(want, Integer.MAX_VALUE), (i, xyz) -> mdB.add(xyz));
            if (mdFrames == 0) {
                throw new BadInputException(md, "", "the MD trajectory holds no frames");
            }
            mdAngles = mdB.build();
            uMd = SelectedFrameEnergies.at(md, RandomSubset.choose(mdFrames, Math.min(o.energyFrames(), mdFrames),
                    random.split()), evaluator, progress);
        }

        Map<String, byte[]> png = new LinkedHashMap<>();
        HtmlPage page = new HtmlPage("arbg report");
        page.heading("Inputs");
        List<List<String>> inputs = new ArrayList<>();
        inputs.add(List.of("samples", in.samples().dir().toString(), proposals + " proposals"));
        inputs.add(List.of("reweighted", in.reweighted().toString(), ""));
        inputs.add(List.of("reference", in.reference().toString(), nRef + " frames"));
        in.metrics().ifPresent(m -> inputs.add(List.of("metrics", m.toString(), "")));
        if (in.md().isPresent()) {
            inputs.add(List.of("MD", in.md().get().toString(), mdFrames + " frames used"));
        }
        page.table("inputs", List.of("input", "file", ""), inputs);
        ObjectNode s = rw.summary();
        page.table("summary", List.of("reweighting", "value"), List.of(
                List.of("proposals (energy evaluations)", Integer.toString(proposals)),
                List.of("sampling temperature τ (equal-share mixture when several)", samplingTemperatures(in)),
                List.of("temperature (K)", s.path("temperature_K").asText("—")),
                List.of("ESS fraction", HtmlPage.number(LogSpace.kishEssFraction(rw.logWeights()))),
                List.of("clip fraction", s.path("clip_fraction").asText("—")),
                List.of("clipped log-weights", s.path("n_clipped").asText("—")),
                List.of("share of the importance weight clipped", s.path("clipped_weight_share").asText("—")),
                List.of("ESS fraction before clipping", s.path("ess_fraction_unclipped").asText("—")),
                List.of("non-finite energy / log q", s.path("n_nonfinite_energy").asText("—") + " / "
                        + s.path("n_nonfinite_logq").asText("—")),
                List.of("inverted stereocentre (weight zero)", s.path("n_inverted_stereo").asText("—"))));

        if (metrics.isPresent()) {
            page.heading("Metrics");
            page.paragraph("From metrics.json (arbg evaluate): arbg's reweighted proposals and MD granted the same "
                    + "number of energy evaluations, against the reference; lower is better.");
            page.table("metrics", List.of("metric", "arbg", "MD (equal cost)", "reference", "arbg beats MD"),
                    MetricsTable.rows(metrics.get()));
        } else {
            page.paragraph("No metrics.json given (--metrics): no metrics table and no cost curves.");
        }

        page.heading("Ramachandran free-energy maps");
        if (backbone.count() == 0) {
            page.paragraph("The molecule has no backbone phi/psi pair.");
        }
        for (int c = 0; c + 1 < backbone.count(); c += 2) {
            int k = c / 2 + 1;
            List<HtmlPage.Figure> figs = new ArrayList<>();
            String pair = backbone.labels().get(c) + " / " + backbone.labels().get(c + 1);
            figs.add(map(png, "rama_reference_" + k + ".png", "reference", pair, refAngles, c, null, o));
            figs.add(map(png, "rama_proposals_" + k + ".png", "raw proposals", pair, propAngles, c, null, o));
            figs.add(map(png, "rama_reweighted_" + k + ".png", "reweighted proposals", pair, propAngles, c, weights,
                    o));
            if (mdAngles != null) {
                figs.add(map(png, "rama_md_" + k + ".png", "MD (" + mdFrames + " frames)", pair, mdAngles, c, null,
                        o));
            }
            page.paragraph(pair + ": -ln p(phi, psi) in kT, minimum 0, " + o.angleBins() + " bins per angle; "
                    + "empty bins white; colour scale capped at " + HtmlPage.number(o.mapMaxKT()) + " kT.");
            page.figures(figs);
        }

        page.heading("Energies and weights");
        page.figures(List.of(energyFigure(png, uRef, rw, weights, uMd, o), logWeightFigure(png, rw, o)));

        if (metrics.isPresent() && metrics.get().path("curve").isArray() && metrics.get().get("curve").size() > 0) {
            page.heading("Metrics against energy evaluations");
            JsonNode curve = metrics.get().get("curve");
            page.figures(List.of(
                    curveFigure(png, CURVE_E_W2, curve, "e_w2_kT", "E-W2 (kT)"),
                    curveFigure(png, CURVE_T_W2, curve, "t_w2_rad", "T-W2 (rad)")));
            page.table("curve", List.of("energy evaluations", "arbg E-W2 (kT)", "MD E-W2 (kT)", "arbg T-W2 (rad)",
                    "MD T-W2 (rad)", "MD frames"), MetricsTable.curveRows(curve));
        }

        Map<String, Path> named = new LinkedHashMap<>();
        named.put("proposals", in.samples().proposals());
        named.put("log_q", in.samples().logQ());
        named.put("reweighted", in.reweighted());
        named.put("reference", in.reference());
        in.metrics().ifPresent(m -> named.put("metrics", m));
        in.md().ifPresent(m -> named.put("md", m));
        Provenance provenance = Provenance.collect(o.seed(), named);
        page.heading("Provenance");
        List<List<String>> rows = new ArrayList<>();
        provenance.fields().forEach((k, v) -> rows.add(List.of(k, v)));
        provenance.inputs().forEach((k, v) -> rows.add(List.of(k + " (SHA-256)", v.sha256())));
        page.table("provenance", List.of("", "value"), rows);

        List<String> written = new ArrayList<>(png.keySet());
        written.add(PROVENANCE);
        written.add(HTML);
        try (OutputStaging out = OutputStaging.open(outDir)) {
            for (Map.Entry<String, byte[]> e : png.entrySet()) {
                AtomicOutput.writeBytes(out.file(e.getKey()), e.getValue());
            }
            AtomicOutput.writeString(out.file(PROVENANCE), JsonOutput.text(provenance.toJson()));
            AtomicOutput.writeString(out.file(HTML), page.render());
            out.commit(HTML);
        }
        return written;
    }

    private static void requireFile(Path file, String what) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "no such " + what);
        }
    }

    private static ObjectNode readMetrics(Path file, int proposals) throws IOException {
        ObjectNode m = JsonOutput.readObject(file);
        if (!m.has("e_w2_kT") || !m.has("n_proposals")) {
            throw new BadInputException(file, "", "not a metrics.json of 'arbg evaluate' (no e_w2_kT / n_proposals)");
        }
        if (m.get("n_proposals").asLong() != proposals) {
            throw new BadInputException(file, "", "evaluates " + m.get("n_proposals").asLong()
                    + " proposals but the sample has " + proposals + ": evaluate this sample directory again");
        }
        return m;
    }

    private static HtmlPage.Figure map(Map<String, byte[]> png, String file, String what, String pair,
                                       AngleTable angles, int column, double[] weights, ReportOptions o)
            throws IOException {
        double[][] f = Histograms.freeEnergyMap(angles.column(column), angles.column(column + 1), weights,
                o.angleBins());
        png.put(file, ReportPlots.freeEnergyMap(what, f, o.mapMaxKT()));
        return new HtmlPage.Figure(file, ReportPlots.MAP_WIDTH, ReportPlots.MAP_HEIGHT, what + ", " + pair);
    }

    private static HtmlPage.Figure energyFigure(Map<String, byte[]> png, double[] uRef, ReweightedDirectory rw,
                                                double[] weights, double[] uMd, ReportOptions o) throws IOException {
        double lo = Arrays.stream(uRef).min().orElseThrow();
        double hi = Arrays.stream(uRef).max().orElseThrow();
        double pad = Math.max(0.15 * (hi - lo), 1.0);
        lo -= pad;
        hi += pad;
        List<Histograms.Density> d = new ArrayList<>();
        List<String> names = new ArrayList<>();
        d.add(Histograms.density(uRef, null, lo, hi, o.energyBins()));
        names.add("reference");
        d.add(Histograms.density(rw.reducedEnergyKT(), null, lo, hi, o.energyBins()));
        names.add("proposals");
        d.add(Histograms.density(rw.reducedEnergyKT(), weights, lo, hi, o.energyBins()));
        names.add("reweighted");
        if (uMd != null) {
            d.add(Histograms.density(uMd, null, lo, hi, o.energyBins()));
            names.add("MD");
        }
        StringBuilder caption = new StringBuilder("Reduced energy u (kT); densities over all finite energies, "
                + "mass outside the range:");
        for (int k = 0; k < d.size(); k++) {
            caption.append(k == 0 ? " " : ", ").append(names.get(k)).append(' ')
                    .append(HtmlPage.number(100 * d.get(k).outside())).append('%');
        }
        png.put(ENERGY, ReportPlots.densities("Reduced energy", "u (kT)", d, names));
        return new HtmlPage.Figure(ENERGY, ReportPlots.CHART_WIDTH, ReportPlots.CHART_HEIGHT, caption + ".");
    }

    private static HtmlPage.Figure logWeightFigure(Map<String, byte[]> png, ReweightedDirectory rw,
                                                   ReportOptions o) throws IOException {
        double[] finite = Arrays.stream(rw.logWeights()).filter(Double::isFinite).toArray();
        double max = Arrays.stream(finite).max().orElseThrow();
        double[] shifted = Arrays.stream(finite).map(v -> v - max).sorted().toArray();
        // a few clashing proposals (u ~ 1e15 kT) would stretch the axis over nothing: show the range that
        // carries weight, from the 0.5% quantile but no lower than e^-LOG_WEIGHT_FLOOR of the largest weight
        double lo = Math.max(shifted[(int) (0.005 * (shifted.length - 1))], -LOG_WEIGHT_FLOOR);
        double span = Math.max(-lo, 1.0);
        Histograms.Density d = Histograms.density(shifted, null, -1.02 * span, 0.02 * span, o.energyBins());
        png.put(LOG_WEIGHTS, ReportPlots.densities("Log-weights", "log w - max log w", List.of(d),
                List.of("finite log w after clipping")));
        return new HtmlPage.Figure(LOG_WEIGHTS, ReportPlots.CHART_WIDTH, ReportPlots.CHART_HEIGHT,
                "Distribution of the " + finite.length + " finite log-weights log w = -u - log q after clipping "
                        + "(of " + rw.logWeights().length + "), shifted by their maximum; "
                        + HtmlPage.number(100 * d.outside()) + "% lie below the range shown.");
    }

    private static HtmlPage.Figure curveFigure(Map<String, byte[]> png, String file, JsonNode curve, String key,
                                               String label) throws IOException {
        int n = curve.size();
        double[] b = new double[n];
        double[] arbg = new double[n];
        double[] md = new double[n];
        boolean hasMd = false;
        for (int k = 0; k < n; k++) {
            JsonNode p = curve.get(k);
            b[k] = p.path("energy_evaluations").asDouble(Double.NaN);
            arbg[k] = MetricsTable.value(p.path("arbg").path(key));
            md[k] = MetricsTable.value(p.path("md").path(key));
            hasMd |= p.path("md").isObject();
        }
        List<ReportPlots.Line> lines = new ArrayList<>();
        lines.add(new ReportPlots.Line("arbg", b, arbg));
        if (hasMd) {
            lines.add(new ReportPlots.Line("MD", b, md));
        }
        png.put(file, ReportPlots.lines(label + " vs energy evaluations", "energy evaluations", label, lines, true,
                false));
        return new HtmlPage.Figure(file, ReportPlots.CHART_WIDTH, ReportPlots.CHART_HEIGHT,
                label + " of arbg (first b proposals, reweighted) and MD (first b frames at its frame cost) against "
                        + "the reference, by the number b of energy evaluations.");
    }

    /** τ from sample.json; a sample directory made outside {@code arbg sample} may have none. */
    private static String samplingTemperatures(ReportInputs in) {
        Path dir = in.samples().dir();
        return Files.isRegularFile(dir.resolve(ProposalSampling.SUMMARY))
                ? SampleSummary.read(dir).mixture().toString() : "— (no sample.json)";
    }
}
