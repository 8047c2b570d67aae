package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.flag;
import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.adapters.Progress;
import org.arbg.model.ModelConfig;
import org.arbg.model.training.TrainingConfig;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.ProgressDisplay;
import org.arbg.plugin.cli.UsageException;
import org.arbg.workflows.generator.GeneratorTraining;
import org.arbg.workflows.generator.StopOnSignal;
import org.arbg.workflows.generator.TrainRequest;
import org.arbg.workflows.generator.TrainSummary;
import org.arbg.workflows.generator.TrainingProgressReporter;
import org.arbg.workflows.generator.ValidationNll;

/** {@code arbg train}: fits the autoregressive model to MD frames of a prepared system. */
public final class TrainCommand implements Command {
    /** Options that set the model or the optimisation; a resumed run takes them from its checkpoint. */
    static final List<String> SETTINGS = List.of("steps", "batch", "lr", "warmup", "validate-every", "width",
            "layers", "heads", "bins", "val-fraction", "checkpoint-every");

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train the autoregressive model on MD frames (internal coordinates)";
    }

    @Override
    public String usage() {
        return "--system DIR --data A.dcd[,B.xtc] --out MODEL_DIR [options]";
    }

    @Override
    public Options options() {
        ModelConfig m = ModelConfig.defaults();
        TrainingConfig t = TrainingConfig.defaults();
        return new Options()
                .addOption(valued("system", "DIR", "system directory from 'arbg prepare'"))
                .addOption(valued("data", "FILES",
                        "comma-separated trajectories (.dcd, .xtc, .pdb, .npy) of the system"))
                .addOption(valued("extra-data", "FILES", "comma-separated trajectories used only for training,"
                        + " never held out for validation: e.g. a rare basin's frames of --data (arbg convert"
                        + " --angle), listed k times to count k more times"))
                .addOption(valued("out", "DIR", "model directory to create (or resume)"))
                .addOption(valued("steps", "N", "optimizer steps (default " + t.steps() + ")"))
                .addOption(valued("batch", "B", "frames per step (default " + t.batchSize() + ")"))
                .addOption(valued("lr", "X", "peak learning rate (default " + t.learningRate() + ")"))
                .addOption(valued("warmup", "N", "warm-up steps (default min(" + t.warmupSteps() + ", steps/10))"))
                .addOption(valued("validate-every", "N", "steps between validations and log rows (default min("
                        + t.validateEvery() + ", steps))"))
                .addOption(valued("checkpoint-every", "N", "steps between checkpoints (default " + t.checkpointEvery()
                        + ")"))
                .addOption(valued("width", "W", "model width (default " + m.width() + ")"))
                .addOption(valued("layers", "L", "decoder layers (default " + m.layers() + ")"))
                .addOption(valued("heads", "H", "attention heads (default " + m.heads() + ")"))
                .addOption(valued("bins", "K", "bins per token (default " + m.bins() + ")"))
                .addOption(valued("val-fraction", "F", "trailing share of each file held out for validation (default "
                        + TrainRequest.DEFAULT_VALIDATION_FRACTION + ")"))
                .addOption(valued("torch-threads", "N", "libtorch intra-op threads (default 1: on 2 shared cores one"
                        + " thread was 4-5x faster than two)"))
                .addOption(flag("resume", "continue the training checkpointed in --out, with its stored settings"));
    }


    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path system = Arguments.path(line, "system");
        List<Path> data = dataFiles(Arguments.required(line, "data"), "data");
        Path out = Arguments.path(line, "out");
        boolean resume = line.hasOption("resume");
        if (resume) {
            for (String s : SETTINGS) {
                if (line.hasOption(s)) {
                    throw new UsageException("--resume continues with the settings stored in the checkpoint;"
                            + " leave out --" + s);
                }
            }
        }
        List<Path> extra = line.hasOption("extra-data") ? dataFiles(line.getOptionValue("extra-data"), "extra-data")
                : List.of();
        TrainRequest request = new TrainRequest(system, data, out, modelConfig(line, context.seed()),
                trainingConfig(line, context.seed()), fraction(line), resume, torchThreads(line), extra);
        TrainSummary summary;
        try (StopOnSignal stop = StopOnSignal.install(StopOnSignal.DEFAULT_WAIT)) {
            try (ProgressDisplay progress = context.progress("train", request.training().steps())) {
                // one display: frames read first (total unknown), then optimizer steps
                Progress reading = (done, total, detail) -> progress.update(done, -1, "frames read");
                summary = GeneratorTraining.train(request, new TrainingProgressReporter(progress), reading, stop);
            }
            report(summary, request);
        }
        return ExitCode.OK;
    }

    /** Above this generalisation gap (nats/molecule) the summary line says the model memorised its data. */
    private static final double GAP_WARNING = 1.0;

    private static void report(TrainSummary s, TrainRequest r) {
        Path out = r.out();
        System.err.printf(Locale.ROOT, "arbg train: %s at step %d of %d (%.1f ms/step, %d parameters) -> %s%n",
                s.stopped() ? "stopped" : "done", s.step(), s.training().steps(), s.msPerStep(), s.parameters(), out);
        ValidationNll v = s.validation();
        if (v != null) {
            System.err.printf(Locale.ROOT, "arbg train: validation NLL %.4f nats/token, %.3f nats/molecule over"
                    + " internal coordinates; %.3f nats/molecule over Cartesian space modulo rigid motion (nm);"
                    + " %d frames%s%n", v.perToken(), v.perMolecule(), v.cartesianPerMolecule(), v.frames(),
                    v.outside() > 0 ? ", " + v.outside() + " outside the model's support" : "");
        }
        ValidationNll seen = s.trainingFrames();
        if (seen != null) {
            System.err.printf(Locale.ROOT, "arbg train: training frames NLL %.3f nats/molecule (%d frames):"
                    + " generalisation gap %.3f nats/molecule%s%n", seen.perMolecule(), seen.frames(),
                    s.generalisationGapPerMolecule(), s.generalisationGapPerMolecule() > GAP_WARNING
                            ? " -- the model favours frames it has seen; expect heavy-tailed weights (README:"
                            + " \"When clipping dominates\")" : "");
        }
        if (s.stopped()) {
            System.err.println("arbg train: checkpoint written; continue with: arbg train --system " + r.system()
                    + " --data " + joined(r.data()) + (r.trainingOnlyData().isEmpty() ? ""
                    : " --extra-data " + joined(r.trainingOnlyData())) + " --out " + out + " --resume");
        }
    }

    /**
     * libtorch intra-op threads: 1 unless asked. The launcher's policy is one intra-op thread per PyTorch call;
     * with 2 threads on a loaded 2-core machine sampling fell from ~100 to ~20 proposals/s.
     */
    static int torchThreads(CommandLine line) {
        return line.hasOption("torch-threads") ? Arguments.positiveInt(line, "torch-threads") : 1;
    }

    private static String joined(List<Path> files) {
        return String.join(",", files.stream().map(Path::toString).toList());
    }

    static List<Path> dataFiles(String raw, String option) {
        List<Path> files = new ArrayList<>();
        for (String part : raw.split(",")) {
            if (!part.isBlank()) {
                files.add(Path.of(part.trim()));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("--" + option + " names no files");
        }
        return files;
    }

    private static ModelConfig modelConfig(CommandLine line, long seed) {
        ModelConfig d = ModelConfig.defaults();
        try {
            return new ModelConfig(Arguments.intValue(line, "width", d.width()),
                    Arguments.intValue(line, "layers", d.layers()), Arguments.intValue(line, "heads", d.heads()),
                    Arguments.intValue(line, "bins", d.bins()), d.marginStd(), seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static TrainingConfig trainingConfig(CommandLine line, long seed) {
        TrainingConfig d = TrainingConfig.defaults();
        int steps = Arguments.intValue(line, "steps", d.steps());
        try {
            return new TrainingConfig(steps, Arguments.intValue(line, "batch", d.batchSize()),
                    Arguments.doubleValue(line, "lr", d.learningRate()),
                    Arguments.intValue(line, "warmup", Math.min(d.warmupSteps(), steps / 10)), d.weightDecay(),
                    d.clipNorm(), Arguments.intValue(line, "validate-every", Math.max(1, Math.min(d.validateEvery(),
                    steps))), Arguments.intValue(line, "checkpoint-every", d.checkpointEvery()), seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static double fraction(CommandLine line) {
        double f = Arguments.doubleValue(line, "val-fraction", TrainRequest.DEFAULT_VALIDATION_FRACTION);
        if (!(f >= 0 && f < 1)) {
            throw new UsageException("--val-fraction must be in [0, 1), got " + f);
        }
        return f;
    }
}
