package org.arbg.workflows.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.arbg.adapters.ArbgVersion;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.ic.CoordinateSpec;
import org.arbg.adapters.ic.CoordinateSpecJson;
import org.arbg.adapters.ic.InternalCoordinateTransform;
import org.arbg.adapters.ic.ZMatrix;
import org.arbg.adapters.io.Sha256;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.model.ArModel;
import org.arbg.model.ModelProvenance;
import org.arbg.model.io.ModelFiles;
import org.arbg.model.training.TrainingCheckpoint;
import org.arbg.model.training.TrainingListener;
import org.arbg.model.training.TrainingLoop;
import org.arbg.model.training.TrainingOutcome;

/**
 * {@code arbg train}: MD frames → internal coordinates → a trained model directory.
 *
 * <p>Steps: load the system's topology and its Z-matrix; stream every frame of the data files into internal
 * coordinates (float64); hold out the tail of each file ({@link TrainValSplit}); normalise the coordinate spec
 * from the training frames and save it as {@code coordinate-spec.json}; train with checkpoints, the training
 * log ({@code training-log.csv}) and a stop flag; finally score the held-out frames with the scoring API and
 * write {@code train.json}. The model directory then holds what {@link Generator#open} needs.
 */
public final class GeneratorTraining {
    private GeneratorTraining() {
    }

    /**
     * Trains (or resumes training) as asked.
     *
     * @param listener     gets every step, validation and checkpoint
     * @param readProgress frames read while loading the data
     * @param stop         polled before every step; when true, a checkpoint is written and the run ends early
     * @throws BadInputException for a bad system directory, trajectories of another molecule, an existing
     *                           model without {@code resume}, or a resume with other data
     */
    public static TrainSummary train(TrainRequest r, TrainingListener listener, Progress readProgress,
                                     BooleanSupplier stop) throws IOException {
        Topology topology;
        try (PreparedSystem system = SystemDirectory.load(r.system())) {
            topology = system.structure().topology();
        }
        ZMatrix z = ZMatrix.fromTopology(topology);
        Path out = r.out();
        TrainingData stored = r.resume() ? checkResumable(out) : checkFresh(out);
        String digest = Sha256.ofFiles(r.allData());
        if (stored != null && (!stored.sha256().equals(digest)
                || stored.trainingOnlyFiles().size() != r.trainingOnlyData().size())) {
            throw new BadInputException(out.resolve(TrainingData.FILE), "", "the model was trained on other data"
                    + " (SHA-256 " + stored.sha256().substring(0, 12) + " over " + stored.files().size()
                    + " --data and " + stored.trainingOnlyFiles().size() + " --extra-data files; these: "
                    + digest.substring(0, 12)
                    + " over " + r.data().size() + " and " + r.trainingOnlyData().size() + "); resume with the same"
                    + " --data and --extra-data files in the same order, or train a new model");
        }
        IcDataset data = TrajectoryIc.read(r.allData(), new InternalCoordinateTransform(z), readProgress);
        double fraction = stored != null ? stored.validationFraction() : r.validationFraction();
        TrainValSplit split = TrainValSplit.tailOfLeadingFiles(data, fraction, r.data().size());
        TrainingData info = new TrainingData(r.data().stream().map(Path::toString).toList(), digest,
                data.framesPerFile(), fraction, split.nTrain(), split.nVal(),
                r.trainingOnlyData().stream().map(Path::toString).toList());

        CoordinateSpec spec;
        ArModel model;
        if (stored != null) {
            spec = Generator.readSpec(out);
            CoordinateSpec.unnormalised(topology, z).requireCompatible(spec, out.resolve(Generator.COORDINATE_SPEC)
                    .toString());
            model = ModelFiles.load(out, spec.tokens(), r.threads());
        } else {
            spec = SpecFromData.normalised(topology, z, split.trainIc(), split.nTrain());
            Files.createDirectories(out);
            CoordinateSpecJson.write(spec, out.resolve(Generator.COORDINATE_SPEC));
            JsonFiles.write(out.resolve(TrainingData.FILE), info);
            model = ArModel.forData(r.model(), spec.tokens(), split.trainIc(), split.nTrain(),
                    new ModelProvenance(spec.zMatrixDigest(), digest, ArbgVersion.get()), r.threads());
        }
        try (model; TrainingLoop loop = stored != null ? TrainingLoop.resume(model, out)
                : TrainingLoop.start(model, r.training(), out)) {
            TrainingOutcome outcome = loop.run(split.trainIc(), split.nTrain(), split.valIc(), split.nVal(), listener,
                    stop);
            ValidationNll nll = null;
            ValidationNll trainNll = null;
            if (split.nVal() > 0) {
                FrameScores s = FrameScores.of(model.logProb(split.valIc(), split.nVal(), 1.0), split.valLogJ());
                nll = ValidationNll.of(s, spec.numTokens());
                // as many training frames as validation frames, so the two means are equally precise
                TrainValSplit.Frames seen = split.trainingSubset(split.nVal());
                trainNll = ValidationNll.of(FrameScores.of(model.logProb(seen.ic(), seen.n(), 1.0), seen.logJ()),
                        spec.numTokens());
            }
            TrainSummary summary = new TrainSummary(outcome.step(), outcome.stopped(), outcome.skipped(),
                    outcome.lastLoss(), outcome.msPerStep(), nll, trainNll, model.parameterCount(), spec.numTokens(),
                    spec.zMatrixDigest(), info, model.config(), loop.config(), ArbgVersion.get());
            JsonFiles.write(out.resolve(TrainSummary.FILE), summary);
            return summary;
        }
    }

    private static TrainingData checkFresh(Path out) {
        if (Files.exists(out.resolve(ModelFiles.CONFIG)) || TrainingCheckpoint.exists(out)
                || Files.exists(out.resolve(Generator.COORDINATE_SPEC))) {
            throw new BadInputException(out, "", "already holds a model; pass --resume to continue its training,"
                    + " or choose another output directory");
        }
        return null;
    }

    private static TrainingData checkResumable(Path out) {
        if (!TrainingCheckpoint.exists(out)) {
            throw new BadInputException(out, "", "holds no training checkpoint to resume from (train without"
                    + " --resume first)");
        }
        Path file = out.resolve(TrainingData.FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "missing; the model directory was not made by 'arbg train'");
        }
        return JsonFiles.read(file, TrainingData.class);
    }
}
