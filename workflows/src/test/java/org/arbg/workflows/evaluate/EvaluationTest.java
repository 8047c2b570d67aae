package org.arbg.workflows.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.io.Trajectories;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.energy.openmm.EnergyOptions;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.workflows.SampleFixtures;
import org.arbg.workflows.WorkflowTestData;
import org.arbg.workflows.reweight.ResamplingScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    private static final int N = 150;

    @TempDir
    static Path shared;
    static PreparedSystem system;
    static EnergyEvaluator evaluator;
    /** u(x) of frames 0..N−1 of frame0.dcd, kT. */
    static double[] u;

    @TempDir
    Path dir;

    @BeforeAll
    static void prepare() throws Exception {
        system = SystemDirectory.load(SampleFixtures.aldpSystem(shared.resolve("system")));
        // Reference platform: deterministic, so log q = −u below gives exactly equal weights
        evaluator = new EnergyEvaluator(system.system(), EnergyOptions.at(300.0).withPlatform("Reference"));
        double[][] frames = SampleFixtures.frames(WorkflowTestData.path("trajectories/frame0.dcd"));
        u = new double[N];
        for (int i = 0; i < N; i++) {
            u[i] = evaluator.reducedEnergies(frames[i])[0];
        }
    }

    @AfterAll
    static void close() {
        evaluator.close();
        system.close();
    }

    private static EvaluateOptions options() {
        return EvaluateOptions.defaults(11L).withNEval(1000).withScheme(ResamplingScheme.SYSTEMATIC)
                .withClipFraction(0);
    }

    private EvaluationResult evaluate(Path samples, Path reference, Optional<Path> md, EvaluateOptions o)
            throws Exception {
        return Evaluation.run(system.structure(), evaluator, 300.0,
                EvaluationInputs.of(org.arbg.workflows.reweight.SampleDirectory.open(samples), reference).withMd(md),
                o, Progress.NONE);
    }

    /**
     * The consistency check with a "model" whose density is exp(−u) itself: every log-weight, of proposals and
     * reference frames alike, is 0, so BAR reduces to counting (log Z of a basin = ln of its share of the
     * proposals) and must give the proposals' own basin ΔF; the reference frames are scored from their own
     * coordinates, so a frame mix-up would show. The frames: the first 2000 of the bundled replica-exchange
     * reference, 81 of them with φ &gt; 0.
     */
    @Test
    void consistencyCheckWithTheExactDensityReducesToCounting() throws Exception {
        int n = 2000;
        Path samples = dir.resolve("s");
        java.nio.file.Files.createDirectories(samples);
        Path proposals = samples.resolve("proposals.dcd");
        SampleFixtures.copyFrames(WorkflowTestData.path("aldp/reference.dcd"), 0, n, proposals);
        double[][] frames = SampleFixtures.frames(proposals);
        double[] logQ = new double[n];
        for (int i = 0; i < n; i++) {
            logQ[i] = -evaluator.reducedEnergies(frames[i])[0];
        }
        org.arbg.adapters.io.Npy.write(samples.resolve("log_q.npy"),
                new org.arbg.adapters.io.NpyArray.Float64(new int[] {n}, logQ));
        ProposalDensity exact = (xyz, count) -> {
            double[] q = evaluator.reducedEnergies(xyz);
            for (int i = 0; i < count; i++) {
                q[i] = -q[i];
            }
            return q;
        };
        EvaluationResult r = Evaluation.run(system.structure(), evaluator, 300.0,
                EvaluationInputs.of(org.arbg.workflows.reweight.SampleDirectory.open(samples), proposals)
                        .withDensity(exact), options().withNEval(500), Progress.NONE);
        ReferenceConsistency c = r.consistency().orElseThrow();
        assertEquals(500, c.referenceFrames());
        assertEquals(0, c.outsideSupport());
        assertEquals(r.arbg().basins().get(0).deltaFkT(), c.basins().get(0).deltaFkT(), 1e-6);
        assertTrue(Double.isNaN(c.slope().slope()), "one bin of log-weights: no slope");
        ObjectNode json = r.toJson().with("consistency");
        assertEquals(c.basins().get(0).deltaFkT(), json.get("basin_bar").get(0).get("delta_f_kT").asDouble(), 0.0);
        assertTrue(Double.isFinite(c.basins().get(0).deltaFkT()) && c.basins().get(0).bootstrapSeKT() > 0);
        assertTrue(evaluate(samples, proposals, Optional.empty(), options().withNEval(500)).toJson()
                .get("consistency").isNull());
    }

    @Test
    void samplesEqualToTheReferenceWithEqualWeightsScoreZero() throws Exception {
        Path samples = SampleFixtures.sampleDir(dir.resolve("s"), 0, N, i -> -u[i]);
        EvaluationResult r = evaluate(samples, samples.resolve("proposals.dcd"), Optional.empty(), options());
        assertEquals(1.0, r.weighted().essFraction(), 1e-12);
        assertEquals(N, r.arbg().nEval());
        assertEquals(0.0, r.arbg().eW2kT(), 0.0);
        assertEquals(0.0, r.arbg().tW2rad(), 0.0);
        assertEquals(0.0, r.arbg().jsNats(), 1e-12);
        assertEquals(r.referenceBasins().get(0).positiveFraction(), r.arbg().basins().get(0).positiveFraction(), 1e-12);
        ObjectNode json = r.toJson();
        assertEquals(0.0, json.get("e_w2_kT").asDouble());
        // systematic resampling of N equal weights draws every proposal once, whatever the random offset
        assertEquals(ResamplingSpread.DEFAULT_DRAWS, json.get("e_w2_resampling").get("draws").asInt());
        assertEquals(0.0, json.get("e_w2_resampling").get("mean_kT").asDouble(), 0.0);
        assertEquals(0.0, json.get("e_w2_resampling").get("sd_kT").asDouble(), 0.0);
        assertEquals("phi ALA 2", json.get("angles").get(0).asText());
        assertTrue(json.get("md").isNull());
    }

    /**
     * Energies passed in are used as they are: all shifted by 1 kT, the weights do not change (a constant
     * cancels) but the resampled energies move by exactly 1 kT against the same reference; the wrong count is
     * bad input.
     */
    @Test
    void knownProposalEnergiesAreUsedInsteadOfEvaluatingThem() throws Exception {
        Path samples = SampleFixtures.sampleDir(dir.resolve("s"), 0, N, i -> -u[i]);
        org.arbg.workflows.reweight.SampleDirectory sd = org.arbg.workflows.reweight.SampleDirectory.open(samples);
        Path reference = samples.resolve("proposals.dcd");
        double[] shifted = u.clone();
        for (int i = 0; i < N; i++) {
            shifted[i] += 1.0;
        }
        EvaluationResult r = Evaluation.run(system.structure(), evaluator, 300.0,
                EvaluationInputs.of(sd, reference).withProposalEnergies(shifted), options(), Progress.NONE);
        assertEquals(1.0, r.weighted().essFraction(), 1e-12);
        assertEquals(1.0, r.arbg().eW2kT(), 1e-9);
        assertEquals(0.0, r.arbg().tW2rad(), 0.0);
        assertThrows(BadInputException.class, () -> Evaluation.run(system.structure(), evaluator, 300.0,
                EvaluationInputs.of(sd, reference).withProposalEnergies(new double[N - 1]), options(),
                Progress.NONE));
    }

    @Test
    void reweightingAwayFromTheReferenceOrADifferentReferenceScoresAboveZero() throws Exception {
        // weights ∝ exp(3 i / N): late proposals dominate, unlike the equally weighted reference
        Path tilted = SampleFixtures.sampleDir(dir.resolve("t"), 0, N, i -> -u[i] - 3.0 * i / N);
        EvaluationResult r = evaluate(tilted, tilted.resolve("proposals.dcd"), Optional.empty(),
                options().withScheme(ResamplingScheme.MULTINOMIAL));
        assertTrue(r.weighted().essFraction() < 0.95);
        assertTrue(r.arbg().eW2kT() > 0 && r.arbg().tW2rad() > 0 && r.arbg().jsNats() > 0);

        Path samples = SampleFixtures.sampleDir(dir.resolve("s"), 0, N, i -> -u[i]);
        Path other = dir.resolve("other.dcd");
        SampleFixtures.copyFrames(WorkflowTestData.path("trajectories/frame0.dcd"), 300, N, other);
        EvaluationResult shifted = evaluate(samples, other, Optional.empty(), options());
        assertTrue(shifted.arbg().eW2kT() > 0 && shifted.arbg().tW2rad() > 0 && shifted.arbg().jsNats() > 0);
    }

    @Test
    void mdIsTruncatedToTheSameNumberOfEnergyEvaluations() throws Exception {
        Path samples = SampleFixtures.sampleDir(dir.resolve("s"), 0, 100, i -> -u[i]);
        Path md = WorkflowTestData.path("trajectories/frame0.dcd");
        Path reference = dir.resolve("ref.dcd");
        SampleFixtures.copyFrames(md, 100, 400, reference);
        EvaluationResult r = evaluate(samples, reference, Optional.of(md), options().withNEval(80));
        Evaluation.MdComparison m = r.md().orElseThrow();
        assertEquals(100, m.budget());
        assertEquals(100, m.usedFrames());
        assertEquals(80, m.metrics().nEval());
        assertTrue(m.metrics().eW2kT() > 0);
        ObjectNode json = r.toJson();
        assertTrue(json.get("beats_md").get("e_w2_kT").isBoolean());
        assertFalse(json.get("md").get("shorter_than_budget").asBoolean());
        assertTrue(json.get("reference").get("basin").get(0).has("block_se_kT"));

        // 10 evaluations per frame: a budget of 300 buys 30 frames, so 30 per side
        EvaluationResult costly = evaluate(samples, reference, Optional.of(md),
                options().withNEval(80).withBudget(300, 10));
        assertEquals(30, costly.md().orElseThrow().usedFrames());
        assertEquals(30, costly.md().orElseThrow().metrics().nEval());
    }

    @Test
    void curveBudgetsAreLogSpacedAndEndAtTheNumberOfProposals() {
        assertArrayEquals(new long[] {1000, 2885, 8326, 24022, 69314, 200_000},
                new CurveOptions(6, 1000, 2000).budgets(200_000));
        assertArrayEquals(new long[] {500}, new CurveOptions(6, 1000, 2000).budgets(500));
        assertArrayEquals(new long[] {7}, new CurveOptions(1, 1000, 2000).budgets(7));
        assertArrayEquals(new long[] {2, 3, 4}, new CurveOptions(4, 2, 10).budgets(4));
        assertArrayEquals(new long[0], CurveOptions.NONE.budgets(10));
    }

    @Test
    void curvePointsUseTheFirstBProposalsAndBOverCostMdFrames() throws Exception {
        // equal weights and systematic resampling of n = all proposals: the resampled set is every proposal
        // once, so the last point (b = all proposals, same n) must reproduce the main metrics exactly
        Path samples = SampleFixtures.sampleDir(dir.resolve("s"), 0, N, i -> -u[i]);
        Path md = WorkflowTestData.path("trajectories/frame0.dcd");
        Path reference = dir.resolve("ref.dcd");
        SampleFixtures.copyFrames(md, 100, 300, reference);
        EvaluateOptions o = options().withNEval(N).withBudget(0, 10).withCurve(new CurveOptions(4, 20, N));
        EvaluationResult r = evaluate(samples, reference, Optional.of(md), o);
        long[] budgets = o.curve().budgets(N);
        assertArrayEquals(new long[] {20, 39, 77, 150}, budgets);
        assertEquals(budgets.length, r.curve().size());
        CurvePoint last = r.curve().get(budgets.length - 1);
        assertTrue(r.arbg().eW2kT() > 0 && r.arbg().tW2rad() > 0);
        assertEquals(r.arbg().eW2kT(), last.arbg().eW2kT(), 1e-12);
        assertEquals(r.arbg().tW2rad(), last.arbg().tW2rad(), 1e-12);
        assertEquals(r.md().orElseThrow().usedFrames(), last.md().orElseThrow().usedFrames());
        for (int k = 0; k < budgets.length; k++) {
            CurvePoint p = r.curve().get(k);
            assertEquals(budgets[k], p.energyEvaluations());
            assertEquals(budgets[k], p.arbg().proposals());
            assertEquals(N, p.arbg().nEval());
            assertEquals(1.0, p.arbg().essFraction(), 1e-12);
            CurvePoint.MdPoint m = p.md().orElseThrow();
            assertEquals(budgets[k] / 10, m.budgetFrames(), "10 energy evaluations per MD frame");
            assertEquals(budgets[k] / 10, m.usedFrames());
            assertEquals(Math.min(N, budgets[k] / 10), m.nEval());
            assertTrue(m.eW2kT() > 0);
        }
        // the first 20 proposals are a short stretch of a correlated trajectory: further from the reference
        assertTrue(r.curve().get(0).arbg().tW2rad() != last.arbg().tW2rad());
        ObjectNode json = r.toJson();
        assertEquals(4, json.get("curve").size());
        assertEquals(39, json.get("curve").get(1).get("energy_evaluations").asLong());
        assertEquals(3, json.get("curve").get(1).get("md").get("n_frames_used").asInt());
        assertEquals(last.arbg().eW2kT(), json.get("curve").get(3).get("arbg").get("e_w2_kT").asDouble(), 0.0);

        // the same clipping rule on each prefix: 10% of the 20 first (distinct) finite weights are dropped
        Path distinct = SampleFixtures.sampleDir(dir.resolve("d"), 0, N, i -> -u[i] + 1e-3 * i);
        EvaluationResult clipped = evaluate(distinct, reference, Optional.empty(),
                o.withClipFraction(0.1).withCurve(new CurveOptions(2, 20, 50)));
        assertEquals(2, clipped.curve().get(0).arbg().clipped());
        assertEquals(18, clipped.curve().get(0).arbg().finite());
        assertEquals(50, clipped.curve().get(0).arbg().nEval());
        assertTrue(clipped.curve().get(0).md().isEmpty());
        assertTrue(evaluate(samples, reference, Optional.empty(), o.withCurve(CurveOptions.NONE)).curve().isEmpty());
    }

    @Test
    void aReferenceOfAnotherMoleculeIsBadInput() throws Exception {
        Path samples = SampleFixtures.sampleDir(dir.resolve("s"), 0, 10, i -> -u[i]);
        Path wrong = dir.resolve("wrong.dcd");
        try (TrajectoryWriter w = Trajectories.openWriter(wrong, 10)) {
            w.writeFrame(new double[30]);
        }
        BadInputException e = assertThrows(BadInputException.class,
                () -> evaluate(samples, wrong, Optional.empty(), options()));
        assertTrue(e.getMessage().contains("10 atoms") && e.getMessage().contains("22"), e.getMessage());
    }

    @Test
    void basinErrorsAreUndefinedAgainstAnEmptyReferenceBasin() {
        BasinResult finite = new BasinResult("phi", 2.0, 0.1, Double.NaN, 0.12);
        BasinResult empty = new BasinResult("phi", Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, 0.0);
        assertEquals(0.5, new BasinResult("phi", 2.5, 0, 0, 0.08).errorAgainst(finite), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, empty.errorAgainst(finite));
        assertTrue(Double.isNaN(finite.errorAgainst(empty)));
        assertTrue(Double.isNaN(empty.errorAgainst(empty)));
    }

    @Test
    void blockErrorFollowsTheDeltaMethod() {
        // blocks with p = 0.1, 0.3, 0.2, 0.2: mean 0.2, sd(p) = 0.0816…, SE(p) = sd/2
        double[] phi = new double[40];
        int[] positives = {1, 3, 2, 2};
        for (int b = 0; b < 4; b++) {
            for (int i = 0; i < 10; i++) {
                phi[b * 10 + i] = i < positives[b] ? 1.0 : -1.0;
            }
        }
        double sd = Math.sqrt((0.01 + 0.01 + 0 + 0) / 3);
        assertEquals(sd / 2 / (0.2 * 0.8), BlockError.deltaFStandardError(phi, 4), 1e-12);
        assertTrue(Double.isNaN(BlockError.deltaFStandardError(new double[] {-1, -1, -1, -1}, 2)));
    }
}
