package org.arbg.workflows.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.arbg.adapters.ArbgVersion;
import org.arbg.adapters.ic.CoordinateSpec;
import org.arbg.adapters.ic.InternalCoordinateTransform;
import org.arbg.adapters.ic.ZMatrix;
import org.arbg.adapters.topology.Topology;
import org.arbg.model.ArModel;
import org.arbg.model.ModelConfig;
import org.arbg.model.ModelProvenance;
import org.arbg.model.training.TrainingConfig;
import org.arbg.model.training.TrainingListener;
import org.arbg.model.training.TrainingLoop;
import org.arbg.model.training.TrainingProgress;

/**
 * Training ms/step and sampling proposals/s of a freshly initialised default model ({@link ModelConfig#defaults})
 * on a system's token layout, with one libtorch intra-op thread as arbg runs it. Timing only: the training data
 * are jittered copies of the minimised structure.
 */
public final class ModelBench {
    /** Steps trained before timing starts (allocator, JIT and autograd warm-up). */
    static final int WARMUP_STEPS = 2;

    /**
     * @param tokens      internal-coordinate tokens per sample (3N − 6)
     * @param parameters  model parameters
     * @param config      the model architecture
     * @param trainBatch  frames per training step
     * @param msPerStep   wall time per training step, ms (forward, backward, clipping, AdamW); one sample per
     *                    repeat, each the mean of that repeat's steps
     * @param sampling    proposals per second with and without the KV cache
     */
    public record Result(int tokens, long parameters, ModelConfig config, int trainBatch, Stat msPerStep,
                  List<Sampling> sampling) {
    }

    /**
     * @param kvCache            KV-cache decoding, or recomputing the whole prefix every token
     * @param proposals          proposals per timed run
     * @param batch              sequences decoded together: {@link ArModel#DEFAULT_BATCH} (what {@code arbg sample}
     *                           uses) for the KV cache, capped at {@code proposals}; one batch without the cache
     * @param proposalsPerSecond proposals / wall seconds
     */
    public record Sampling(boolean kvCache, int proposals, int batch, Stat proposalsPerSecond) {
    }

    private ModelBench() {
    }

    static Result measure(Topology top, ZMatrix z, double[] frames, int numFrames, BenchConfig c) {
        CoordinateSpec spec = CoordinateSpec.fromFrames(top, z, frames, numFrames);
        double[] ic = new InternalCoordinateTransform(z).toInternal(frames, numFrames).values();
        ModelProvenance prov = new ModelProvenance(spec.zMatrixDigest(), "arbg-bench", ArbgVersion.get());
        try (ArModel model = ArModel.forData(ModelConfig.defaults(), spec.tokens(), ic, numFrames, prov, 1)) {
            Stat ms = Stat.of(trainMs(model, ic, numFrames, c));
            List<Sampling> sampling = new ArrayList<>();
            sampling.add(sample(model, c.kvProposals(), true, c.modelRepeats()));
            sampling.add(sample(model, c.prefixProposals(), false, c.modelRepeats()));
            return new Result(spec.numTokens(), model.parameterCount(), model.config(), c.trainBatch(), ms,
                    sampling);
        }
    }

    /**
     * One training run of WARMUP_STEPS + repeats × trainSteps steps (same settings as
     * {@link org.arbg.model.bench.TrainingThroughput}), timed per step from the listener, so the spread comes
     * without paying the warm-up once per repeat.
     */
    private static double[] trainMs(ArModel model, double[] ic, int n, BenchConfig c) {
        int steps = WARMUP_STEPS + c.modelRepeats() * c.trainSteps();
        TrainingConfig tc = new TrainingConfig(steps, c.trainBatch(), 1e-4, 0, 0.0, 1.0, Integer.MAX_VALUE,
                Integer.MAX_VALUE, 1L);
        List<Long> stamps = new ArrayList<>();
        stamps.add(System.nanoTime());
        try (TrainingLoop loop = TrainingLoop.start(model, tc, null)) {
            loop.run(ic, n, new double[0], 0, new TrainingListener() {
                @Override
                public void onStep(TrainingProgress progress) {
                    stamps.add(System.nanoTime());
                }
            }, () -> false);
        }
        if (stamps.size() < steps + 1) {
            throw new IllegalStateException("training reported " + (stamps.size() - 1) + " of " + steps + " steps");
        }
        double[] out = new double[c.modelRepeats()];
        for (int r = 0; r < out.length; r++) {
            int from = WARMUP_STEPS + r * c.trainSteps();
            out[r] = (stamps.get(from + c.trainSteps()) - stamps.get(from)) / 1e6 / c.trainSteps();
        }
        return out;
    }

    /** Proposals/s over {@code repeats} timed runs after one small untimed run. */
    private static Sampling sample(ArModel model, int proposals, boolean kv, int repeats) {
        int batch = kv ? Math.min(proposals, ArModel.DEFAULT_BATCH) : proposals;
        model.sample(1, 1.0, new SplittableRandom(0), 1, kv);
        double[] rate = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            model.sample(proposals, 1.0, new SplittableRandom(r + 1), batch, kv);
            rate[r] = proposals / ((System.nanoTime() - t0) / 1e9);
        }
        return new Sampling(kv, proposals, batch, Stat.of(rate));
    }
}
