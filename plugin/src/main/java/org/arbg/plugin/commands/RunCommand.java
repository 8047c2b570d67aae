package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.flag;
import static org.arbg.plugin.cli.CliOptions.valued;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.Main;
import org.arbg.plugin.cli.UsageException;
import org.arbg.workflows.generator.SampleRequest;
import org.arbg.workflows.pipeline.Bundle;
import org.arbg.workflows.pipeline.BundledDefaults;
import org.arbg.workflows.pipeline.RunOutputs;
import org.arbg.workflows.provenance.Provenance;
import org.arbg.workflows.reweight.OutputStaging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code arbg run --pdb FILE --out DIR}: the whole Boltzmann-generator workflow with the other commands'
 * defaults. prepare → model (given, bundled for this exact system, or replica-exchange MD → train) → sample →
 * reweight → evaluate (against the given or bundled reference, and MD at equal cost when an MD trajectory is
 * given or bundled) → report. Each stage is the registered command of the same name, run in this JVM, so a
 * run is exactly the sequence of commands its log prints. Everything is written in a staging folder inside DIR
 * and moved into place at the end: a failed run leaves nothing behind.
 */
public final class RunCommand implements Command {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    /** 10^5 proposals: about 7 minutes of sampling on one free core; the paper's budget is -n 200000. */
    static final int DEFAULT_PROPOSALS = 100_000;
    static final int DEFAULT_ENSEMBLE = 10_000;
    static final double DEFAULT_TRAIN_NS = 20;
    static final int DEFAULT_TRAIN_STEPS = 5000;
    /** Budgets on the report's metric-vs-evaluations curves. */
    static final int CURVE_POINTS = 6;

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "the whole workflow: prepare, model, sample, reweight, evaluate, report -> an equilibrium ensemble";
    }

    @Override
    public String usage() {
        return "(--pdb FILE | --system DIR) --out DIR [options]";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(valued("pdb", "FILE", "the structure to prepare (hydrogens included)"))
                .addOption(valued("forcefield", "A.xml,B.xml", "force field for --pdb (default amber99sbildn.xml,"
                        + "amber99_obc.xml)"))
                .addOption(valued("temperature", "K", "temperature of the ensemble in K (default 300)"))
                .addOption(valued("cutoff", "NM", "non-periodic nonbonded cutoff in nm (default: none)"))
                .addOption(flag("strip-solvent", "drop water and ions from --pdb"))
                .addOption(valued("system", "DIR", "an already prepared system directory instead of --pdb"))
                .addOption(valued("model", "DIR", "model directory (default: the bundled model for this exact system;"
                        + " without one, replica-exchange MD and training first)"))
                .addOption(valued("reference", "FILE", "reference trajectory (default: the bundled one for this exact"
                        + " system; without one, evaluate and the report's comparisons are skipped)"))
                .addOption(valued("md", "FILE", "MD trajectory to compare with at equal cost (default: bundled)"))
                .addOption(valued("md-frame-cost", "K", "MD steps between the frames of --md (default 1; the bundled"
                        + " MD states its own)"))
                .addOption(Option.builder("n").hasArg().argName("N")
                        .desc("proposals = energy evaluations (default " + DEFAULT_PROPOSALS + "; the paper's budget is"
                                + " 200000)").build())
                .addOption(valued("tau", "TAU[,TAU...]", "sampling temperature of the model, or several for an"
                        + " equal-share mixture (default " + SampleRequest.DEFAULT_TEMPERATURES + ")"))
                .addOption(valued("ensemble", "N", "frames of the equal-weight ensemble (default " + DEFAULT_ENSEMBLE
                        + ")"))
                .addOption(valued("n-eval", "N", "frames per side of E-W2 and T-W2 (default 10000)"))
                .addOption(valued("train-ns", "NS", "replica-exchange MD for training when no model exists (default "
                        + DEFAULT_TRAIN_NS + ")"))
                .addOption(valued("train-steps", "N", "training steps when no model exists (default "
                        + DEFAULT_TRAIN_STEPS + ")"))
                .addOption(valued("bundles", "DIR", "where bundled defaults live (default: test-data of the arbg"
                        + " installation)"))
                .addOption(valued("out", "DIR", "output directory (new or empty)"));
    }


    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path out = Arguments.path(line, "out");
        if (line.hasOption("pdb") == line.hasOption("system")) {
            throw new UsageException("give exactly one of --pdb FILE and --system DIR");
        }
        if (Files.exists(out) && (!Files.isDirectory(out) || !RunOutputs.isEmptyDirectory(out))) {
            throw new UsageException(out + " exists and is not an empty directory: choose a new --out");
        }
        if (line.hasOption("md-frame-cost") && !line.hasOption("md")) {
            throw new UsageException("--md-frame-cost describes --md; give --md too");
        }
        int proposals = line.hasOption("n") ? Arguments.positiveInt(line, "n") : DEFAULT_PROPOSALS;
        int ensemble = line.hasOption("ensemble") ? Arguments.positiveInt(line, "ensemble") : DEFAULT_ENSEMBLE;
        Steps steps = new Steps(context);
        try (OutputStaging staging = OutputStaging.open(out)) {
            Path work = staging.directory();
            Path system = work.resolve(RunOutputs.SYSTEM);
            if (line.hasOption("pdb")) {
                List<String> prepare = new ArrayList<>(List.of("prepare", "--pdb", line.getOptionValue("pdb"),
                        "--out", system.toString()));
                forward(line, prepare, "forcefield", "temperature", "cutoff");
                if (line.hasOption("strip-solvent")) {
                    prepare.add("--strip-solvent");
                }
                steps.run(prepare);
            } else {
                RunOutputs.copyDirectory(Arguments.path(line, "system"), system);
            }

            Path bundles = line.hasOption("bundles") ? Arguments.path(line, "bundles") : RunOutputs.defaultBundles();
            Optional<Bundle> bundle = BundledDefaults.forSystem(bundles, system);
            bundle.ifPresent(b -> LOG.info("bundled defaults for this system: {} ({})", b.name(), b.system().getParent()));

            Path model = line.hasOption("model") ? Arguments.path(line, "model")
                    : bundle.isPresent() ? bundle.get().model() : trainModel(line, steps, system, work);

            List<String> sample = new ArrayList<>(List.of("sample", "--system", system.toString(), "--model",
                    model.toString(), "-n", Integer.toString(proposals), "--out", work.toString()));
            sample.addAll(List.of("--temperature", SampleCommand.temperatures(line, "tau").toString()));
            steps.run(sample);

            Path reweight = work.resolve(RunOutputs.REWEIGHT_STAGE);
            steps.run(List.of("reweight", "--system", system.toString(), "--samples", work.toString(),
                    "--resample", Integer.toString(ensemble), "--out", reweight.toString()));

            Optional<Path> reference = line.hasOption("reference") ? Optional.of(Arguments.path(line, "reference"))
                    : bundle.map(Bundle::reference);
            Optional<Path> md = line.hasOption("md") ? Optional.of(Arguments.path(line, "md"))
                    : line.hasOption("reference") ? Optional.empty() : bundle.flatMap(Bundle::md);
            String frameCost = line.hasOption("md") ? line.getOptionValue("md-frame-cost", "1")
                    : bundle.map(b -> Integer.toString(b.mdFrameCost())).orElse("1");
            if (reference.isPresent()) {
                List<String> evaluate = new ArrayList<>(List.of("evaluate", "--system", system.toString(),
                        "--samples", work.toString(), "--reweighted", reweight.toString(), "--reference",
                        reference.get().toString(), "--model", model.toString(), "--out",
                        work.resolve(RunOutputs.METRICS).toString()));
                forward(line, evaluate, "n-eval");
                // the curve starts at 10^3 evaluations, or lower for a short run so it still has points
                evaluate.addAll(List.of("--curve-points", Integer.toString(CURVE_POINTS), "--curve-start",
                        Integer.toString(Math.min(1000, Math.max(1, proposals / 20)))));
                List<String> report = new ArrayList<>(List.of("report", "--system", system.toString(), "--samples",
                        work.toString(), "--reweighted", reweight.toString(), "--reference",
                        reference.get().toString(), "--metrics", work.resolve(RunOutputs.METRICS).toString(),
                        "--out", work.toString()));
                if (md.isPresent()) {
                    evaluate.addAll(List.of("--md", md.get().toString(), "--md-frame-cost", frameCost));
                    report.addAll(List.of("--md", md.get().toString()));
                }
                steps.run(evaluate);
                steps.run(report);
            } else {
                LOG.warn("no reference for this system (give --reference): metrics, comparisons and the report"
                        + " skipped");
            }

            Map<String, Path> inputs = new LinkedHashMap<>();
            inputs.put("pdb", line.hasOption("pdb") ? Arguments.path(line, "pdb") : null);
            inputs.put("system", system);
            inputs.put("model", model);
            inputs.put("reference", reference.orElse(null));
            inputs.put("md", md.orElse(null));
            RunOutputs.finish(work, reference, md, bundle.map(Bundle::name),
                    Provenance.collect(context.seed(), inputs));
            RunOutputs.relocatePaths(work, out);
            staging.commit();
        } catch (StageFailedException e) {
            System.err.println("arbg run: " + e.getMessage() + "; nothing written to " + out);
            return e.exitCode;
        }
        System.err.println("arbg run: equilibrium ensemble in " + out.resolve(RunOutputs.ENSEMBLE_DCD) + " ("
                + ensemble + " equal-weight frames; summary in " + out.resolve(RunOutputs.SUMMARY) + ")");
        return ExitCode.OK;
    }

    /** No model for this system: replica-exchange MD at the system's temperature, then training on it. */
    private static Path trainModel(CommandLine line, Steps steps, Path system, Path work) {
        double ns = line.hasOption("train-ns") ? Arguments.doubleValue(line, "train-ns") : DEFAULT_TRAIN_NS;
        int trainSteps = line.hasOption("train-steps") ? Arguments.positiveInt(line, "train-steps")
                : DEFAULT_TRAIN_STEPS;
        LOG.warn("no model for this system: {} ns of replica-exchange MD and {} training steps first (hours on a"
                + " small machine; pass --model to reuse one)", ns, trainSteps);
        Path md = work.resolve(RunOutputs.TRAINING_MD);
        Path model = work.resolve(RunOutputs.MODEL);
        try {
            Files.createDirectories(md.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        steps.run(List.of("simulate", "--system", system.toString(), "--ns", Double.toString(ns), "--replicas", "4",
                "--tmax", "600", "--out", md.toString()));
        steps.run(List.of("train", "--system", system.toString(), "--data", md.toString(), "--steps",
                Integer.toString(trainSteps), "--out", model.toString()));
        return model;
    }

    private static void forward(CommandLine line, List<String> args, String... options) {
        for (String o : options) {
            if (line.hasOption(o)) {
                args.add("--" + o);
                args.add(line.getOptionValue(o));
            }
        }
    }

    /** Runs registered commands in this JVM with the run's global options; a failing stage ends the run. */
    private static final class Steps {
        private final List<String> global;

        Steps(CliContext context) {
            global = new ArrayList<>(List.of("--threads", Integer.toString(context.threads()), "--seed",
                    Long.toString(context.seed())));
            if (context.verbosity() == CliContext.Verbosity.QUIET) {
                global.add("--quiet");
            } else if (context.verbosity() == CliContext.Verbosity.VERBOSE) {
                global.add("--verbose");
            }
        }

        void run(List<String> args) {
            List<String> all = new ArrayList<>(args);
            all.addAll(global);
            LOG.info("arbg {}", String.join(" ", all));
            int code = Main.run(all.toArray(String[]::new));
            if (code != ExitCode.OK) {
                throw new StageFailedException(args.get(0), code);
            }
        }
    }

    /** A stage failed; it has printed why. The run ends with the stage's exit code. */
    static final class StageFailedException extends RuntimeException {
        final int exitCode;

        StageFailedException(String stage, int exitCode) {
            super("the " + stage + " stage failed with exit code " + exitCode);
            this.exitCode = exitCode;
        }
    }
}
