package org.arbg.workflows.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.training.TrainingListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arbg sample} on several threads: the files are byte for byte those of one thread (the per-batch
 * random streams come from the seed and the batch index, never from scheduling), and a failing batch leaves
 * no outputs.
 */
class SamplingThreadsTest {
    private static final int N = 150;  // batches of 16: 9 full and one of 6
    private static final int BATCH = 16;
    private static final TemperatureMixture TAU = TemperatureMixture.single(0.95);

    @TempDir
    static Path tmp;
    static Path system;
    static Path modelDir;

    @BeforeAll
    static void train() throws IOException {
        system = Aldp.prepareSystem(tmp.resolve("system"));
        modelDir = tmp.resolve("model");
        GeneratorTraining.train(Aldp.request(system, modelDir, 5, false), new TrainingListener() { }, Progress.NONE,
                () -> false);
    }

    private static Path sample(String name, long seed, int threads) throws IOException {
        Path out = tmp.resolve(name);
        SampleSummary s = ProposalSampling.run(new SampleRequest(system, modelDir, N, TAU, BATCH, out, seed, 1,
                threads), Progress.NONE);
        assertEquals(threads, s.threads());
        assertTrue(s.cpuSeconds() > 0, "CPU time of the sampling threads");
        return out;
    }

    private static double[] frames(Path dcd) throws IOException {
        List<Double> out = new ArrayList<>();
        try (TrajectoryReader r = Trajectories.openReader(dcd, Aldp.ATOMS)) {
            double[] f = new double[3 * Aldp.ATOMS];
            while (r.readFrame(f)) {
                for (double v : f) {
                    out.add(v);
                }
            }
        }
        assertEquals(N * 3 * Aldp.ATOMS, out.size());
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void outputsAreIdenticalForAnyThreadCount() throws IOException {
        Path one = sample("t1", 42L, 1);
        for (int threads : new int[] {2, 3}) {
            Path many = sample("t" + threads, 42L, threads);
            for (String f : List.of(ProposalSampling.LOG_Q, ProposalSampling.IC)) {
                assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(many.resolve(f)),
                        f + " with " + threads + " threads");
            }
            // the DCD's title holds its creation time, so compare its frames (float32, exact) and its length
            Path dcd = Path.of(ProposalSampling.PROPOSALS);
            assertEquals(Files.size(one.resolve(dcd)), Files.size(many.resolve(dcd)));
            assertArrayEquals(frames(one.resolve(dcd)), frames(many.resolve(dcd)), "proposals.dcd frames with "
                    + threads + " threads");
        }
        Path other = sample("seed43", 43L, 2);
        assertFalse(Arrays.equals(Files.readAllBytes(one.resolve(ProposalSampling.IC)),
                Files.readAllBytes(other.resolve(ProposalSampling.IC))), "another seed gives other proposals");
    }

    @Test
    void aFailingBatchLeavesNoOutputs() throws IOException {
        Path out = tmp.resolve("failed");
        Files.createDirectories(out);
        BadInputException boom = new BadInputException("batch", "4", "injected failure");
        UnaryOperator<ProposalSampling.BatchDraw> failAt4 = draw -> (k, size, rng) -> {
            if (k == 4) {
                throw boom;
            }
            return draw.draw(k, size, rng);
        };
        for (int threads : new int[] {1, 3}) {
            BadInputException e = assertThrows(BadInputException.class, () -> ProposalSampling.run(
                    new SampleRequest(system, modelDir, N, TAU, BATCH, out, 1L, 1, threads), Progress.NONE,
                    failAt4));
            assertSame(boom, e, "the worker's own exception");
            try (var files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "nothing left after a failed run with " + threads
                        + " threads");
            }
        }
        assertNotEquals(0, N / BATCH - 4, "the failing batch is not the last");
    }
}
