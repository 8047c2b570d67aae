package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.AtomicOutput;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.ProgressDisplay;
import org.arbg.plugin.cli.UsageException;
import org.arbg.workflows.evaluate.CurveOptions;
import org.arbg.workflows.evaluate.EvaluateOptions;
import org.arbg.workflows.evaluate.Evaluation;
import org.arbg.workflows.evaluate.EvaluationInputs;
import org.arbg.workflows.evaluate.EvaluationResult;
import org.arbg.workflows.evaluate.ResamplingSpread;
import org.arbg.workflows.generator.Generator;
import org.arbg.workflows.generator.SampleSummary;
import org.arbg.workflows.reweight.JsonOutput;
import org.arbg.workflows.reweight.ReweightRun;
import org.arbg.workflows.reweight.ReweightedDirectory;
import org.arbg.workflows.reweight.SampleDirectory;

/**
 * {@code arbg evaluate}: the paper's metrics (E-W2, T-W2, ESS, basin ΔF, φ/ψ Jensen–Shannon) for arbg's
 * proposals against a reference, and for MD at the same number of energy evaluations (see {@link Evaluation}).
 */
public final class EvaluateCommand implements Command {
    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "E-W2, T-W2, ESS, basin free energies and φ/ψ JS of arbg vs a reference, and vs MD at equal cost";
    }

    @Override
    public String usage() {
        return "--system DIR --samples DIR --reference REF.dcd [--md MD.dcd] [--budget N] [--n-eval 10000] "
                + "[--curve-points 6 [--curve-start 1000] [--curve-n-eval 2000]] [--reweighted DIR] [--model DIR] "
                + "--out metrics.json";
    }

    @Override
    public Options options() {
        return SharedOptions.energy(new Options())
                .addOption(SharedOptions.samples())
                .addOption(valued("reference", "FILE",
                        "reference trajectory of the same molecule (long MD or replica exchange)"))
                .addOption(valued("md", "FILE",
                        "MD trajectory to compare with at equal cost (its first budget frames)"))
                .addOption(valued("budget", "N",
                        "energy evaluations granted to MD (default: the number of proposals)"))
                .addOption(valued("md-frame-cost", "K",
                        "energy evaluations one MD frame counts for (default 1: count frames; "
                        + "use the report interval in steps to count every MD step)"))
                .addOption(valued("n-eval", "N",
                        "frames per side of E-W2 and T-W2 (default 10000; T-W2 takes minutes at 10^4)"))
                .addOption(valued("bootstrap", "B", "bootstrap replicates of the basin free energies (default 200)"))
                .addOption(valued("blocks", "B", "blocks of the block error of reference and MD (default 5)"))
                .addOption(valued("js-bins", "N",
                        "histogram bins per angle of the Jensen-Shannon divergence (default 36)"))
                .addOption(valued("curve-points", "P",
                        "also compute E-W2 and T-W2 of arbg (first b proposals) and MD (first b frames) at P "
                        + "log-spaced budgets b up to the number of proposals: metrics.json 'curve'"))
                .addOption(valued("curve-start", "B",
                        "the smallest budget of the curve, energy evaluations (default 1000)"))
                .addOption(valued("curve-n-eval", "N",
                        "frames per side of E-W2 and T-W2 at each curve point (default 2000)"))
                .addOption(valued("reweighted", "DIR",
                        "the output of 'arbg reweight' for these samples: its energies are used instead of "
                        + "evaluating them again"))
                .addOption(valued("model", "DIR",
                        "the model that drew the samples: adds the reference-consistency check (log-weight "
                        + "slope, basin dF by Bennett's acceptance ratio) to metrics.json"))
                .addOption(SharedOptions.clipFraction())
                .addOption(SharedOptions.resampling())
                .addOption(valued("out", "FILE", "metrics JSON file"));
    }

    /**
     * The proposals' energies from {@code arbg reweight}'s directory, after checking they belong to this sample
     * and this temperature.
     */
    private static double[] reweightedEnergies(Path dir, SampleDirectory samples, double temperatureK)
            throws java.io.IOException {
        ReweightedDirectory r = ReweightedDirectory.read(dir, samples.readLogQ().length);
        double t = r.summary().path("temperature_K").asDouble(Double.NaN);
        if (!(Math.abs(t - temperatureK) <= 1e-9 * temperatureK)) {
            throw new BadInputException(dir.resolve(ReweightRun.SUMMARY), "temperature_K", "energies at " + t
                    + " K, but the system is at " + temperatureK + " K");
        }
        return r.reducedEnergyKT();
    }

    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path out = Arguments.path(line, "out");
        Path reference = Arguments.path(line, "reference");
        Optional<Path> md = line.hasOption("md") ? Optional.of(Arguments.path(line, "md")) : Optional.empty();
        if (line.hasOption("budget") && md.isEmpty()) {
            throw new UsageException("--budget applies to the MD comparison; give --md too");
        }
        int blocks = Arguments.intValue(line, "blocks", EvaluateOptions.DEFAULT_BLOCKS);
        if (blocks < 2) {
            throw new UsageException("--blocks must be at least 2, got " + blocks);
        }
        int bootstrap = Arguments.intValue(line, "bootstrap", EvaluateOptions.DEFAULT_BOOTSTRAP);
        if (bootstrap < 0) {
            throw new UsageException("--bootstrap must be ≥ 0, got " + bootstrap);
        }
        CurveOptions curve = CurveOptions.NONE;
        if (line.hasOption("curve-points")) {
            curve = new CurveOptions(Arguments.positiveInt(line, "curve-points"),
                    line.hasOption("curve-start") ? Arguments.positiveInt(line, "curve-start")
                            : CurveOptions.DEFAULT_START,
                    line.hasOption("curve-n-eval") ? Arguments.positiveInt(line, "curve-n-eval")
                            : CurveOptions.DEFAULT_N_EVAL);
        } else if (line.hasOption("curve-start") || line.hasOption("curve-n-eval")) {
            throw new UsageException("--curve-start and --curve-n-eval shape the curve; give --curve-points too");
        }
        EvaluateOptions options = new EvaluateOptions(
                line.hasOption("n-eval") ? Arguments.positiveInt(line, "n-eval") : EvaluateOptions.DEFAULT_N_EVAL,
                line.hasOption("budget") ? Arguments.positiveInt(line, "budget") : 0,
                line.hasOption("md-frame-cost") ? Arguments.positiveInt(line, "md-frame-cost") : 1,
                SharedOptions.clipFraction(line), SharedOptions.resampling(line), context.seed(), bootstrap, blocks,
                line.hasOption("js-bins") ? Arguments.positiveInt(line, "js-bins") : EvaluateOptions.DEFAULT_JS_BINS,
                curve);
        SampleDirectory samples = SampleDirectory.open(Arguments.path(line, "samples"));
        EvaluationResult result;
        try (PreparedSystem prepared = SystemDirectory.load(Arguments.path(line, "system"))) {
            double temperature = prepared.info().temperatureK();
            try (EnergyEvaluator evaluator = new EnergyEvaluator(prepared.system(),
                    SharedOptions.energyOptions(line, context, temperature));
                 ProgressDisplay progress = context.progress("evaluate", -1)) {
                EvaluationInputs inputs = EvaluationInputs.of(samples, reference).withMd(md);
                if (line.hasOption("reweighted")) {
                    inputs = inputs.withProposalEnergies(reweightedEnergies(Arguments.path(line, "reweighted"),
                            samples, temperature));
                }
                if (line.hasOption("model")) {
                    // reference frames are scored under the density the proposals were drawn from
                    TemperatureMixture tau = SampleSummary.read(samples.dir()).mixture();
                    // one libtorch thread, the policy of train and sample (see TrainCommand.torchThreads)
                    try (Generator g = Generator.open(Arguments.path(line, "model"),
                            prepared.structure().topology(), 1)) {
                        result = Evaluation.run(prepared.structure(), evaluator, temperature,
                                inputs.withDensity((xyz, n) -> g.score(xyz, n, tau).logQ()), options, progress);
                    }
                } else {
                    result = Evaluation.run(prepared.structure(), evaluator, temperature, inputs, options, progress);
                }
            }
        }
        ObjectNode json = result.toJson();
        json.put("samples", samples.dir().toString());
        ((ObjectNode) json.get("reference")).put("file", reference.toString());
        AtomicOutput.writeString(out, JsonOutput.text(json));
        if (result.md().isPresent() && result.md().get().shorterThanBudget()) {
            System.err.println("arbg evaluate: warning: the MD trajectory has only " + result.md().get().usedFrames()
                    + " of the " + result.md().get().budgetFrames() + " frames the budget buys");
        }
        if (context.verbosity() != CliContext.Verbosity.QUIET) {
            ResamplingSpread spread = result.eW2Spread();
            System.err.println(String.format(Locale.ROOT, "arbg evaluate: E-W2 %.4g kT (%.3g +- %.2g over %d further"
                    + " resamples), T-W2 %.4g rad, ESS %.4g%% -> %s", result.arbg().eW2kT(), spread.meanKt(),
                    spread.sdKt(), spread.draws(), result.arbg().tW2rad(), 100 * result.weighted().essFraction(), out));
        }
        result.consistency().ifPresent(c -> {
            if (context.verbosity() != CliContext.Verbosity.QUIET) {
                System.err.println(String.format(Locale.ROOT, "arbg evaluate: reference consistency: log-weight"
                        + " slope %.3f +- %.3f (1 when consistent)%s", c.slope().slope(), c.slope().standardError(),
                        c.basins().isEmpty() ? "" : String.format(Locale.ROOT, ", basin dF by BAR %.3f +- %.3f kT",
                                c.basins().get(0).deltaFkT(), c.basins().get(0).bootstrapSeKT())));
            }
        });
        return ExitCode.OK;
    }
}
