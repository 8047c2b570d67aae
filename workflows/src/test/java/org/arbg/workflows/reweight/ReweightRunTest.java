package org.arbg.workflows.reweight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.inspect.StereoCheck;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.energy.openmm.EnergyOptions;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.workflows.SampleFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReweightRunTest {
    private static final int N = 120;

    @TempDir
    static Path shared;
    static Path system;

    @TempDir
    Path dir;

    @BeforeAll
    static void prepare() throws Exception {
        system = SampleFixtures.aldpSystem(shared.resolve("system"));
    }

    /** A Gaussian-like log q over the proposal index: known, smooth, and not constant. */
    private static double logQ(int i) {
        double z = (i - N / 2.0) / 30.0;
        return -0.5 * z * z - 40.0;
    }

    @Test
    void energiesWeightsEssAndResampledFramesAgreeWithAnIndependentRecomputation() throws Exception {
        Path samples = SampleFixtures.sampleDir(dir.resolve("samples"), 0, N, ReweightRunTest::logQ);
        Path out = dir.resolve("out");
        ReweightSummary s;
        double[] expectedU;
        try (PreparedSystem p = SystemDirectory.load(system);
             EnergyEvaluator ev = new EnergyEvaluator(p.system(), EnergyOptions.at(300.0))) {
            s = ReweightRun.run(SampleDirectory.open(samples), ev, StereoCheck.of(p.structure()), 300.0,
                    new ReweightOptions(0.02, 0, ResamplingScheme.MULTINOMIAL, 7L), out, Progress.NONE);
            double[][] frames = SampleFixtures.frames(samples.resolve("proposals.dcd"));
            expectedU = new double[N];
            for (int i = 0; i < N; i++) {
                expectedU[i] = ev.reducedEnergies(frames[i])[0];
            }
        }
        double[] u = ((NpyArray.Float64) Npy.read(out.resolve("energies.npy"))).data();
        assertArrayEquals(expectedU, u, 1e-7 * Arrays.stream(expectedU).map(Math::abs).max().orElseThrow());
        assertTrue(Arrays.stream(u).allMatch(Double::isFinite));

        // log w = −u − log q, then the top 2% of 120 (ceil keeps 118) dropped
        double[] raw = new double[N];
        for (int i = 0; i < N; i++) {
            raw[i] = -u[i] - logQ(i);
        }
        double[] sorted = raw.clone();
        Arrays.sort(sorted);
        double[] logW = ((NpyArray.Float64) Npy.read(out.resolve("log_weights.npy"))).data();
        int clipped = 0;
        for (int i = 0; i < N; i++) {
            if (raw[i] > sorted[117]) {
                clipped++;
                assertEquals(Double.NEGATIVE_INFINITY, logW[i]);
            } else {
                assertEquals(raw[i], logW[i], 0.0);
            }
        }
        assertEquals(2, clipped);
        assertEquals(LogSpace.kishEssFraction(logW), s.essFraction(), 1e-15);

        ObjectNode json = JsonOutput.parse(Files.readString(out.resolve("summary.json")));
        assertEquals(N, json.get("n_proposals").asInt());
        assertEquals(N - 2, json.get("n_finite").asInt());
        assertEquals(2, json.get("n_clipped").asInt());
        // the two clipped weights' share of Σ exp(raw), computed here from the files' numbers
        double total = 0;
        double removed = 0;
        for (int i = 0; i < N; i++) {
            double wi = Math.exp(raw[i] - sorted[N - 1]);
            total += wi;
            removed += raw[i] > sorted[117] ? wi : 0;
        }
        assertEquals(removed / total, json.get("clipped_weight_share").asDouble(), 1e-12);
        assertEquals(LogSpace.kishEssFraction(raw), json.get("ess_fraction_unclipped").asDouble(), 1e-12);
        assertEquals(s.essFraction(), json.get("ess_fraction").asDouble(), 0.0);
        assertEquals(0, json.get("n_nonfinite_energy").asInt());
        assertEquals(0, json.get("n_nonfinite_logq").asInt());
        assertEquals(300.0, json.get("temperature_K").asDouble());
        assertEquals(0.02, json.get("clip_fraction").asDouble());

        // every resampled frame is a copy of the proposal its index names, and clipped ones never appear
        long[] idx = ((NpyArray.Int64) Npy.read(out.resolve("resampled_indices.npy"))).data();
        assertEquals(N, idx.length);
        double[][] proposals = SampleFixtures.frames(samples.resolve("proposals.dcd"));
        double[][] resampled = SampleFixtures.frames(out.resolve("resampled.dcd"));
        assertEquals(N, resampled.length);
        for (int k = 0; k < N; k++) {
            assertArrayEquals(proposals[(int) idx[k]], resampled[k], 0.0);
            assertTrue(Double.isFinite(logW[(int) idx[k]]));
        }
        assertFalse(Files.list(out).anyMatch(p -> p.getFileName().toString().startsWith(".")), "no staging left");
    }

    @Test
    void proposalsWithAnInvertedStereocentreGetWeightZeroAndAreCounted() throws Exception {
        Path samples = SampleFixtures.sampleDir(dir.resolve("samples"), 0, N, ReweightRunTest::logQ);
        double[][] frames = SampleFixtures.frames(samples.resolve("proposals.dcd"));
        try (TrajectoryWriter w = Trajectories.openWriter(samples.resolve("proposals.dcd"), SampleFixtures.ALDP_ATOMS)) {
            for (int i = 0; i < N; i++) {
                double[] x = frames[i].clone();
                if (i % 3 == 0) {  // the mirror image, D-alanine: the same energy, not the same molecule
                    for (int a = 0; a < x.length; a += 3) {
                        x[a] = -x[a];
                    }
                }
                w.writeFrame(x);
            }
        }
        Path out = dir.resolve("out");
        try (PreparedSystem p = SystemDirectory.load(system);
             EnergyEvaluator ev = new EnergyEvaluator(p.system(), EnergyOptions.at(300.0))) {
            ReweightRun.run(SampleDirectory.open(samples), ev, StereoCheck.of(p.structure()), 300.0,
                    new ReweightOptions(0.0, 0, ResamplingScheme.MULTINOMIAL, 7L), out, Progress.NONE);
        }
        double[] u = ((NpyArray.Float64) Npy.read(out.resolve("energies.npy"))).data();
        double[] logW = ((NpyArray.Float64) Npy.read(out.resolve("log_weights.npy"))).data();
        for (int i = 0; i < N; i++) {
            if (i % 3 == 0) {
                assertTrue(Double.isFinite(u[i]), "the mirror image has a finite energy");
                assertEquals(Double.NEGATIVE_INFINITY, logW[i], "mirrored proposal " + i);
            } else {
                assertEquals(-u[i] - logQ(i), logW[i], 0.0);
            }
        }
        ObjectNode json = JsonOutput.parse(Files.readString(out.resolve("summary.json")));
        assertEquals(N / 3, json.get("n_inverted_stereo").asInt());
        assertEquals(N - N / 3, json.get("n_finite").asInt());
        long[] idx = ((NpyArray.Int64) Npy.read(out.resolve("resampled_indices.npy"))).data();
        assertTrue(Arrays.stream(idx).noneMatch(k -> k % 3 == 0), "no mirrored proposal is resampled");
    }

    @Test
    void mismatchedLengthsNameBothFilesAndLeaveNoOutput() throws Exception {
        Path samples = SampleFixtures.sampleDir(dir.resolve("samples"), 0, 10, i -> 0.0);
        Npy.write(samples.resolve("log_q.npy"), new NpyArray.Float64(new int[] {9}, new double[9]));
        Path out = dir.resolve("out");
        try (PreparedSystem p = SystemDirectory.load(system);
             EnergyEvaluator ev = new EnergyEvaluator(p.system(), EnergyOptions.at(300.0))) {
            BadInputException e = assertThrows(BadInputException.class, () -> ReweightRun.run(
                    SampleDirectory.open(samples), ev, StereoCheck.of(p.structure()), 300.0,
                    new ReweightOptions(0.002, 0, ResamplingScheme.MULTINOMIAL, 1L), out, Progress.NONE));
            assertTrue(e.getMessage().contains("proposals.dcd") && e.getMessage().contains("log_q.npy"),
                    e.getMessage());
            // all log q NaN: nothing to weight
            double[] nan = new double[10];
            Arrays.fill(nan, Double.NaN);
            Npy.write(samples.resolve("log_q.npy"), new NpyArray.Float64(new int[] {10}, nan));
            e = assertThrows(BadInputException.class, () -> ReweightRun.run(SampleDirectory.open(samples), ev, StereoCheck.of(p.structure()), 300.0,
                    new ReweightOptions(0.002, 0, ResamplingScheme.MULTINOMIAL, 1L), out, Progress.NONE));
            assertTrue(e.getMessage().contains("10 of 10 log q"), e.getMessage());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void systematicResamplingOfEqualWeightsKeepsEveryProposalOnce() {
        double[] zero = new double[57];
        int[] idx = SystematicResampler.resample(zero, 57, new java.util.SplittableRandom(3));
        for (int i = 0; i < 57; i++) {
            assertEquals(i, idx[i]);
        }
        double[] some = {0, Double.NEGATIVE_INFINITY, Math.log(3), Double.NaN};
        int[] drawn = SystematicResampler.resample(some, 4000, new java.util.SplittableRandom(5));
        assertEquals(1000, Arrays.stream(drawn).filter(i -> i == 0).count());
        assertEquals(3000, Arrays.stream(drawn).filter(i -> i == 2).count());
    }
}
