package org.arbg.workflows.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.ic.CoordinateSpec;
import org.arbg.adapters.ic.CoordinateSpecJson;
import org.arbg.adapters.ic.InternalCoordinateTransform;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.adapters.ic.TokenKind;
import org.arbg.adapters.ic.ZMatrix;
import org.arbg.adapters.ic.ZMatrixRow;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.pdb.PdbReadOptions;
import org.arbg.adapters.pdb.PdbTopologyReader;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.density.TokenBinning;
import org.arbg.model.training.TrainingListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on alanine dipeptide: train a tiny model on frame0.dcd, sample 200 proposals, and check the files
 * against independent recomputations.
 */
class GeneratorPipelineTest {
    private static final int N = 200;
    /** A mixture, so the whole chain (sampler, log_q.npy, sample.json, scoring) is checked with one. */
    private static final TemperatureMixture TAU = TemperatureMixture.of(0.9, 1.2);

    @TempDir
    static Path tmp;
    static Path system;
    static Path modelDir;
    static Path samples;
    static Topology topology;
    static TrainSummary trained;

    @BeforeAll
    static void trainAndSample() throws IOException {
        system = Aldp.prepareSystem(tmp.resolve("system"));
        try (PreparedSystem s = SystemDirectory.load(system)) {
            topology = s.structure().topology();
        }
        modelDir = tmp.resolve("model");
        trained = GeneratorTraining.train(Aldp.request(system, modelDir, 30, false), new TrainingListener() { },
                Progress.NONE, () -> false);
        samples = tmp.resolve("samples");
        ProposalSampling.run(new SampleRequest(system, modelDir, N, TAU, 64, samples, 7L, 1, 2), Progress.NONE);
    }

    private static double[] readAll(Path dcd, int[] frames) throws IOException {
        List<double[]> out = new ArrayList<>();
        try (TrajectoryReader r = Trajectories.openReader(dcd, Aldp.ATOMS)) {
            double[] f = new double[3 * Aldp.ATOMS];
            while (r.readFrame(f)) {
                out.add(f.clone());
            }
        }
        frames[0] = out.size();
        double[] all = new double[out.size() * 3 * Aldp.ATOMS];
        for (int i = 0; i < out.size(); i++) {
            System.arraycopy(out.get(i), 0, all, i * 3 * Aldp.ATOMS, 3 * Aldp.ATOMS);
        }
        return all;
    }

    private static double[] npy(String name, int... shape) throws IOException {
        NpyArray a = Npy.read(samples.resolve(name));
        assertArrayEquals(shape, a.shape(), name + " shape");
        return ((NpyArray.Float64) a).data();
    }

    @Test
    void outputsHaveTheRightShapes() throws IOException {
        int[] n = new int[1];
        readAll(samples.resolve(ProposalSampling.PROPOSALS), n);
        assertEquals(N, n[0]);
        npy(ProposalSampling.LOG_Q, N);
        npy(ProposalSampling.IC, N, Aldp.TOKENS);
        String json = Files.readString(samples.resolve(ProposalSampling.SUMMARY));
        assertTrue(json.contains("\"n\" : " + N) && json.contains("\"temperatures\" : [ 0.9, 1.2 ]"), json);
        assertEquals(TAU, SampleSummary.read(samples).mixture());
        try (var files = Files.list(samples)) {
            assertEquals(4, files.count(), "no temporary files left");
        }
    }

    /** sample.json from before mixtures has one "temperature"; it reads as that single temperature. */
    @Test
    void singleTemperatureSummaryFromBeforeMixturesStillReads() throws IOException {
        String json = Files.readString(samples.resolve(ProposalSampling.SUMMARY))
                .replace("\"temperatures\" : [ 0.9, 1.2 ]", "\"temperature\" : 1.1");
        Path older = Files.createDirectories(tmp.resolve("older-samples"));
        Files.writeString(older.resolve(ProposalSampling.SUMMARY), json);
        assertEquals(TemperatureMixture.single(1.1), SampleSummary.read(older).mixture());

        Files.writeString(older.resolve(ProposalSampling.SUMMARY), json.replace("\"temperature\" : 1.1",
                "\"temperatures\" : [ 1.1, 1.1 ]"));
        BadInputException e = assertThrows(BadInputException.class, () -> SampleSummary.read(older));
        assertTrue(e.getMessage().contains("sample.json") && e.getMessage().contains("temperatures"), e.getMessage());
    }

    /**
     * log_q.npy against the scoring API applied to the proposals read back from the DCD. DCD stores float32
     * Ångström, so positions are rounded by ~1e-7 nm: log J moves by ~1e-5 nats, well inside 1e-3, but a
     * coordinate that lies within that rounding of a bin edge lands in the neighbouring bin and log q_ic
     * jumps. Such frames are recognised by their bins (and must be rare); every other frame must agree.
     */
    @Test
    void logQMatchesTheScoringApiOnTheWrittenProposals() throws IOException {
        double[] logQ = npy(ProposalSampling.LOG_Q, N);
        double[] ic = npy(ProposalSampling.IC, N, Aldp.TOKENS);
        try (Generator g = Generator.open(modelDir, topology, 1)) {
            FrameScores fromDcd = g.scoreTrajectory(samples.resolve(ProposalSampling.PROPOSALS), TAU, Progress.NONE);
            assertEquals(N, fromDcd.numFrames());
            assertEquals(0, fromDcd.outside());
            int[] n = new int[1];
            double[] xyz = readAll(samples.resolve(ProposalSampling.PROPOSALS), n);
            double[] icBack = g.transform().toInternal(xyz, N).values();
            TokenBinning b = g.model().binning();
            int crossed = 0;
            for (int f = 0; f < N; f++) {
                boolean sameBins = true;
                for (int j = 0; j < Aldp.TOKENS; j++) {
                    int k = f * Aldp.TOKENS + j;
                    assertEquals(ic[k], icBack[k], 1e-4, "frame " + f + " token " + j + " after the DCD round trip");
                    sameBins &= b.binOf(j, ic[k]) == b.binOf(j, icBack[k]);
                }
                if (sameBins) {
                    assertEquals(logQ[f], fromDcd.logQ()[f], 1e-3, "frame " + f);
                } else {
                    crossed++;
                }
            }
            assertTrue(crossed <= N / 20, crossed + " frames crossed a bin edge in float32");

            // in double precision the geometry round trip is exact to ~1e-9; what remains is the float32 network
            // (KV-cache decoding at sampling time vs one full pass here), measured at ~2e-6 nats
            FrameScores exact = g.score(g.transform().toCartesian(ic, N).positionsNm(), N, TAU);
            for (int f = 0; f < N; f++) {
                assertEquals(logQ[f], exact.logQ()[f], 1e-4, "frame " + f);
            }
        }
    }

    /**
     * log q_x = log q_ic − log J, with log J recomputed here from the bonds and angles directly (a wrong sign
     * would be off by 2 |log J| ≈ 180 nats). Tolerance: float32 network, KV cache vs full pass (~2e-6 nats).
     */
    @Test
    void cartesianDensityIsInternalDensityMinusLogJacobian() throws IOException {
        double[] logQ = npy(ProposalSampling.LOG_Q, N);
        double[] ic = npy(ProposalSampling.IC, N, Aldp.TOKENS);
        try (Generator g = Generator.open(modelDir, topology, 1)) {
            double[] logQIc = g.model().logProb(ic, N, TAU);
            for (int f = 0; f < N; f++) {
                double logJ = 0;
                for (int j = 0; j < Aldp.TOKENS; j++) {
                    TokenKind kind = g.spec().tokens().get(j).kind();
                    double v = ic[f * Aldp.TOKENS + j];
                    if (kind == TokenKind.BOND) {
                        logJ += 2 * Math.log(v);   // r² dr
                    } else if (kind == TokenKind.ANGLE) {
                        logJ += Math.log(Math.sin(v));   // sin θ dθ
                    }
                }
                assertEquals(logQIc[f] - logJ, logQ[f], 1e-4, "frame " + f);
            }
        }
    }

    @Test
    void proposalBondLengthsLieInTheModelsBondRanges() throws IOException {
        int[] n = new int[1];
        double[] xyz = readAll(samples.resolve(ProposalSampling.PROPOSALS), n);
        try (Generator g = Generator.open(modelDir, topology, 1)) {
            ZMatrix z = g.spec().zMatrix();
            TokenBinning b = g.model().binning();
            for (int k = 1; k < z.numAtoms(); k++) {
                ZMatrixRow row = z.row(k);
                int j = ZMatrix.firstToken(k);
                assertEquals(TokenKind.BOND, z.kindOfToken(j));
                for (int f = 0; f < N; f++) {
                    int a = f * 3 * Aldp.ATOMS + 3 * row.atom();
                    int c = f * 3 * Aldp.ATOMS + 3 * row.bond();
                    double r = Math.sqrt(Math.pow(xyz[a] - xyz[c], 2) + Math.pow(xyz[a + 1] - xyz[c + 1], 2)
                            + Math.pow(xyz[a + 2] - xyz[c + 2], 2));
                    assertTrue(r >= b.lower(j) - 1e-6 && r <= b.upper(j) + 1e-6, "frame " + f + " bond " + j + ": " + r
                            + " nm outside [" + b.lower(j) + ", " + b.upper(j) + ")");
                    assertTrue(r > 0.08 && r < 0.2, "implausible bond " + r + " nm");
                }
            }
        }
    }

    /** The saved normalisation equals CoordinateSpec.fromFrames on the training frames (the first 451). */
    @Test
    void coordinateSpecIsNormalisedOnTheTrainingFrames() throws IOException {
        int[] n = new int[1];
        double[] xyz = readAll(Aldp.frame0(), n);
        assertEquals(Aldp.FRAMES, n[0]);
        int train = trained.data().trainFrames();
        assertEquals(451, train);
        ZMatrix z = ZMatrix.fromTopology(topology);
        CoordinateSpec ref = CoordinateSpec.fromFrames(topology, z, Arrays.copyOf(xyz, train * 3 * Aldp.ATOMS), train);
        CoordinateSpec saved = CoordinateSpecJson.read(modelDir.resolve(Generator.COORDINATE_SPEC));
        for (int j = 0; j < Aldp.TOKENS; j++) {
            TokenInfo a = ref.tokens().get(j);
            TokenInfo s = saved.tokens().get(j);
            assertEquals(a.mean(), s.mean(), 1e-12, "mean of token " + j);
            assertEquals(a.std(), s.std(), 1e-12, "std of token " + j);
        }

        // validation: the Cartesian NLL differs from the internal one by the mean log J of the last 50 frames
        int val = Aldp.FRAMES - train;
        double[] logJ = new InternalCoordinateTransform(z).toInternal(Arrays.copyOfRange(xyz, train * 3 * Aldp.ATOMS,
                xyz.length), val).logDetInternalToCartesian();
        ValidationNll v = trained.validation();
        assertEquals(val, v.frames() + v.outside());
        if (v.outside() == 0) {
            assertEquals(Arrays.stream(logJ).average().orElseThrow(), v.cartesianPerMolecule() - v.perMolecule(), 1e-9);
        }
        assertEquals(v.perMolecule() / Aldp.TOKENS, v.perToken(), 1e-12);
        // the training loop's own validation (another code path) in training-log.csv agrees
        List<String> log = Files.readAllLines(modelDir.resolve("training-log.csv"));
        String[] last = log.get(log.size() - 1).split(",");
        assertEquals(Double.parseDouble(last[5]), v.perMolecule(), 2e-3, "val_nll_nats_per_molecule in the log");

        // the training-frame NLL: frames 0, 10, ..., 450 (as many as validation frames allow, evenly spread),
        // scored here from their Cartesian coordinates through the Generator
        ValidationNll seen = trained.trainingFrames();
        int stride = 10;
        int count = (train + stride - 1) / stride;
        assertEquals(count, seen.frames() + seen.outside());
        double[] picked = new double[count * 3 * Aldp.ATOMS];
        for (int k = 0; k < count; k++) {
            System.arraycopy(xyz, k * stride * 3 * Aldp.ATOMS, picked, k * 3 * Aldp.ATOMS, 3 * Aldp.ATOMS);
        }
        try (Generator g = Generator.open(modelDir, topology, 1)) {
            double[] logQIc = g.score(picked, count, TemperatureMixture.single(1.0)).logQIc();
            double mean = Arrays.stream(logQIc).filter(Double::isFinite).average().orElseThrow();
            assertEquals(-mean, seen.perMolecule(), 1e-3);
        }
        assertEquals(v.perMolecule() - seen.perMolecule(), trained.generalisationGapPerMolecule(), 1e-12);
    }

    /** A model directory whose coordinate spec describes another molecule is refused, and nothing is written. */
    @Test
    void aModelForAnotherMoleculeIsBadInput() throws IOException {
        Path other = tmp.resolve("other-model");
        Files.createDirectories(other);
        try (var files = Files.list(modelDir)) {
            for (Path p : files.toList()) {
                Files.copy(p, other.resolve(p.getFileName()));
            }
        }
        Topology tetra = new PdbTopologyReader().read(Aldp.testData("structures/lsde-tetrapeptide.pdb"),
                PdbReadOptions.defaults()).topology();
        CoordinateSpecJson.write(CoordinateSpec.unnormalised(tetra, ZMatrix.fromTopology(tetra)),
                other.resolve(Generator.COORDINATE_SPEC));
        BadInputException e = assertThrows(BadInputException.class, () -> Generator.open(other, topology, 1));
        assertTrue(e.getMessage().contains("another molecule"), e.getMessage());
        Path out = tmp.resolve("refused");
        assertThrows(BadInputException.class, () -> ProposalSampling.run(new SampleRequest(system, other, 10, TAU, 8,
                out, 1L, 1, 2), Progress.NONE));
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "no outputs from a refused run");
    }

    /** MD frames outside the model's support score −∞ and are counted; the rest are finite. */
    @Test
    void framesOutsideTheSupportScoreMinusInfinity() throws IOException {
        int[] n = new int[1];
        double[] xyz = Arrays.copyOf(readAll(Aldp.frame0(), n), 3 * 3 * Aldp.ATOMS);
        try (Generator g = Generator.open(modelDir, topology, 1)) {
            ZMatrixRow row = g.spec().zMatrix().row(5);
            // stretch one bond of frame 1 to 1.6× its length: far beyond any bin
            int a = 3 * Aldp.ATOMS + 3 * row.atom();
            int c = 3 * Aldp.ATOMS + 3 * row.bond();
            for (int d = 0; d < 3; d++) {
                xyz[a + d] = xyz[c + d] + 1.6 * (xyz[a + d] - xyz[c + d]);
            }
            FrameScores s = g.score(xyz, 3, TemperatureMixture.single(1.0));
            assertEquals(1, s.outside());
            assertEquals(Double.NEGATIVE_INFINITY, s.logQ()[1]);
            assertTrue(Double.isFinite(s.logQ()[0]) && Double.isFinite(s.logQ()[2]));
        }
    }
}
