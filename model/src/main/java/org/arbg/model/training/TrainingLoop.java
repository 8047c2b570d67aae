package org.arbg.model.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.arbg.adapters.BadInputException;
import org.arbg.model.ArModel;
import org.arbg.model.TorchRuntime;
import org.arbg.model.density.BinnedFrames;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.density.TokenBinning;
import org.arbg.model.io.AtomicFiles;
import org.arbg.model.io.ModelFiles;
import org.arbg.model.nn.ArTransformer;
import org.arbg.model.nn.Conditioning;
import org.arbg.model.sampling.NoGrad;
import org.arbg.model.sampling.Scorer;
import org.arbg.model.sampling.TeacherForcing;
import org.arbg.model.TorchArrays;

/**
 * Maximum-likelihood training with teacher forcing: AdamW, warm-up + cosine learning rate, global-norm
 * clipping, non-finite steps skipped and counted, periodic validation NLL (a true density, in nats),
 * periodic checkpoints and one on a stop request, exact resume (step count, optimizer moments, batches).
 *
 * <p>Batches are drawn with replacement from a RNG seeded by (seed, step), so a resumed run sees the same
 * batches as an uninterrupted one. The caller owns the model; close the loop to free the optimizer state.
 */
public final class TrainingLoop implements AutoCloseable {
    private static final TemperatureMixture TRAINED = TemperatureMixture.single(1.0);

    private final ArModel model;
    private final TrainingConfig config;
    private final Path dir;
    private final List<Parameter> params = new ArrayList<>();
    private final AdamW optimizer;
    private int step;
    private int skipped;
    private String trainDigest;

    private TrainingLoop(ArModel model, TrainingConfig config, Path dir) {
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        this.dir = dir;
        for (Pair<String, Parameter> p : model.network().getParameters()) {
            params.add(p.getValue());
            // parameters read from a file come back without autograd; training needs it on
            if (!JniUtils.requiresGrad((PtNDArray) p.getValue().getArray())) {
                p.getValue().getArray().setRequiresGradient(true);
            }
        }
        optimizer = new AdamW(model.manager(), params);
    }

    /**
     * Training from step 0.
     *
     * @param dir model directory for checkpoints and the training log, or null for none
     */
    public static TrainingLoop start(ArModel model, TrainingConfig config, Path dir) {
        return new TrainingLoop(model, config, dir);
    }

    /**
     * Training continued from the checkpoint in {@code dir}; load {@code model} from the same directory
     * ({@link ModelFiles#load}).
     */
    public static TrainingLoop resume(ArModel model, Path dir) {
        CheckpointState s = TrainingCheckpoint.readState(dir);
        TrainingLoop loop = new TrainingLoop(model, s.config(), dir);
        try {
            TrainingCheckpoint.readOptimizer(dir, s, loop.optimizer);
        } catch (RuntimeException e) {
            loop.close();
            throw e;
        }
        loop.step = s.step();
        loop.skipped = s.skipped();
        loop.trainDigest = s.trainDataSha256();
        return loop;
    }

    /** Steps completed so far. */
    public int step() {
        return step;
    }

    /** The hyper-parameters in use. */
    public TrainingConfig config() {
        return config;
    }

    /** The model being trained. */
    public ArModel model() {
        return model;
    }

    /**
     * Trains until {@code config.steps()} steps are done or {@code stop} answers true (checked before each
     * step; the CLI sets it on SIGINT/SIGTERM). Writes a checkpoint when stopped and at the end.
     *
     * @param trainIc flattened [nTrain][T] training internal coordinates (nm / rad); every value must lie in
     *                the model's support
     * @param valIc   flattened [nVal][T] validation internal coordinates; frames outside the support are
     *                left out and counted
     * @param stop    polled before every step
     * @throws org.arbg.model.density.OutOfSupportException if a training value is outside the bins
     */
    public TrainingOutcome run(double[] trainIc, int nTrain, double[] valIc, int nVal, TrainingListener listener,
                               BooleanSupplier stop) {
        TokenBinning binning = model.binning();
        int t = binning.numTokens();
        if (nTrain < 1) {
            throw new IllegalArgumentException("no training frames");
        }
        String digest = AtomicFiles.sha256(trainIc);
        if (trainDigest != null && !trainDigest.equals(digest)) {
            throw new BadInputException("training data", "", "differs from the data the checkpoint in " + dir
                    + " was trained on; resume with the same frames or start a new model");
        }
        trainDigest = digest;
        int[] trainBins = binning.toBinsStrict(trainIc, nTrain, "training data");
        BinnedFrames val = binning.toBins(valIc, nVal);
        TrainingLog log = openLog();
        ArTransformer net = model.network();
        Conditioning cond = model.conditioning();
        long started = System.nanoTime();
        int firstStep = step;
        double lossSum = 0;
        int lossCount = 0;
        double lastLoss = Double.NaN;
        double lastNorm = Double.NaN;
        double lr = 0;
        ValidationResult lastVal = null;
        boolean stopped = false;
        while (step < config.steps()) {
            if (stop.getAsBoolean()) {
                stopped = true;
                break;
            }
            lr = LearningRateSchedule.at(config, step);
            double[] lossAndNorm = trainStep(net, cond, trainBins, nTrain, t, binning.bins(), lr);
            lastLoss = lossAndNorm[0];
            lastNorm = lossAndNorm[1];
            if (Double.isFinite(lastLoss)) {
                lossSum += lastLoss;
                lossCount++;
            }
            step++;
            double elapsed = (System.nanoTime() - started) / 1e9;
            double eta = elapsed / (step - firstStep) * (config.steps() - step);
            listener.onStep(new TrainingProgress(step, config.steps(), lastLoss, lr, lastNorm, skipped, eta));
            if (step % config.validateEvery() == 0 || step == config.steps()) {
                lastVal = validate(val);
                if (lastVal != null) {
                    listener.onValidation(lastVal);
                }
                appendLog(log, lr, lossCount > 0 ? lossSum / lossCount : Double.NaN, lastNorm, lastVal, elapsed);
                lossSum = 0;
                lossCount = 0;
            }
            if (dir != null && step % config.checkpointEvery() == 0 && step < config.steps()) {
                checkpoint(listener);
            }
        }
        if (dir != null && (step > firstStep || stopped)) {
            checkpoint(listener);
        }
        double ms = step > firstStep ? (System.nanoTime() - started) / 1e6 / (step - firstStep) : 0;
        return new TrainingOutcome(step, stopped, skipped, lastLoss, lastVal, ms);
    }

    /** Writes a checkpoint now (needs a model directory). */
    public void checkpoint(TrainingListener listener) {
        Objects.requireNonNull(dir, "no model directory to checkpoint into");
        try {
            TrainingCheckpoint.write(dir, model, optimizer, new CheckpointState(step, skipped, config, trainDigest,
                    null));
        } catch (IOException e) {
            throw new UncheckedIOException("writing a checkpoint into " + dir, e);
        }
        listener.onCheckpoint(dir, step);
    }

    /** One optimizer step; returns {loss (nats/token, NaN if non-finite), gradient norm}. */
    @SuppressWarnings("try")  // NoGrad is a scope guard
    private double[] trainStep(ArTransformer net, Conditioning cond, int[] bins, int n, int t, int startId,
                               double lr) {
        SplittableRandom rng = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + step);
        int b = config.batchSize();
        int[] frames = new int[b];
        for (int i = 0; i < b; i++) {
            frames[i] = rng.nextInt(n);
        }
        try (NDManager sm = model.manager().newSubManager()) {
            NDArray in = TorchArrays.of(sm, TeacherForcing.inputs(bins, frames, b, t, startId), new Shape(b, t));
            NDArray target = TorchArrays.of(sm, TeacherForcing.targets(bins, frames, b, t), new Shape(b, t, 1));
            double loss;
            try (GradientCollector gc = TorchRuntime.engine().newGradientCollector()) {
                NDArray logits = net.logits(in, cond.kinds(sm, 0, t), cond.roles(sm, 0, t));
                NDArray logp = TRAINED.component(0).logProbs(logits);
                NDArray nll = logp.gather(target, 2).mean().neg();
                loss = nll.getFloat();
                if (!Double.isFinite(loss)) {
                    skipped++;
                    return new double[] {Double.NaN, Double.NaN};
                }
                gc.backward(nll);
            }
            NDArray[] grads = new NDArray[params.size()];
            double sq = 0;
            for (int i = 0; i < grads.length; i++) {
                grads[i] = params.get(i).getArray().getGradient();
                grads[i].attach(sm);
                sq += grads[i].square().sum().getFloat();
            }
            double norm = Math.sqrt(sq);
            if (Double.isFinite(norm)) {
                double scale = Math.min(1.0, config.clipNorm() / (norm + 1e-6));
                try (NoGrad ignored = new NoGrad()) {
                    optimizer.update(sm, grads, lr, scale, config.weightDecay());
                }
            } else {
                skipped++;
                loss = Double.NaN;
            }
            for (Parameter p : params) {
                JniUtils.zeroGrad((PtNDArray) p.getArray());
            }
            return new double[] {loss, norm};
        }
    }

    private ValidationResult validate(BinnedFrames val) {
        int[] inside = new int[val.numFrames()];
        int count = 0;
        for (int f = 0; f < val.numFrames(); f++) {
            if (val.inSupport(f)) {
                inside[count++] = f;
            }
        }
        if (count == 0) {
            return null;
        }
        Scorer scorer = new Scorer(model.network(), model.conditioning(), model.binning(), model.manager(),
                ArModel.DEFAULT_BATCH);
        double[] mass = scorer.logBinMass(val.bins(), java.util.Arrays.copyOf(inside, count), TRAINED);
        double sum = 0;
        for (double m : mass) {
            sum += model.binning().dequantise(m);
        }
        double perMolecule = -sum / count;
        return new ValidationResult(step, perMolecule / val.numTokens(), perMolecule, count, val.numFrames() - count);
    }

    private TrainingLog openLog() {
        if (dir == null) {
            return null;
        }
        try {
            java.nio.file.Files.createDirectories(dir);
            return new TrainingLog(dir.resolve(ModelFiles.TRAINING_LOG), step);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the training log in " + dir, e);
        }
    }

    private void appendLog(TrainingLog log, double lr, double loss, double norm, ValidationResult v, double elapsed) {
        if (log == null) {
            return;
        }
        try {
            log.append(step, lr, loss, norm, v, skipped, elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the training log in " + dir, e);
        }
    }

    @Override
    public void close() {
        optimizer.close();
    }
}
