package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.ProgressDisplay;
import org.arbg.plugin.cli.UsageException;
import org.arbg.workflows.report.Report;
import org.arbg.workflows.report.ReportInputs;
import org.arbg.workflows.report.ReportOptions;
import org.arbg.workflows.reweight.SampleDirectory;

/**
 * {@code arbg report}: report.html with PNG plots (Ramachandran free-energy maps, energy and log-weight
 * distributions, metric-vs-cost curves) and the metrics table of a sample, its weights and its evaluation
 * (see {@link Report} for the files).
 */
public final class ReportCommand implements Command {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "report.html with PNG plots: Ramachandran maps, energies, log-weights, metric-vs-cost curves, metrics";
    }

    @Override
    public String usage() {
        return "--system DIR --samples DIR --reweighted DIR --reference REF.dcd [--metrics metrics.json] "
                + "[--md MD.dcd] --out DIR";
    }

    @Override
    public Options options() {
        return SharedOptions.energy(new Options())
                .addOption(SharedOptions.samples())
                .addOption(valued("reweighted", "DIR",
                        "output of 'arbg reweight' for those samples (energies.npy, log_weights.npy, "
                        + "summary.json)"))
                .addOption(valued("reference", "FILE", "reference trajectory of the same molecule"))
                .addOption(valued("metrics", "FILE",
                        "metrics.json of 'arbg evaluate' for those samples: the metrics table and, "
                        + "with --curve-points, the metric-vs-cost curves"))
                .addOption(valued("md", "FILE",
                        "MD trajectory compared at equal cost: its first n_frames_used frames of "
                        + "metrics.json (without --metrics: as many frames as proposals)"))
                .addOption(valued("angle-bins", "N",
                        "bins per angle of the Ramachandran maps (default 36: 10 degrees)"))
                .addOption(valued("energy-bins", "N", "bins of the energy and log-weight histograms (default 50)"))
                .addOption(valued("energy-frames", "N",
                        "random reference (and MD) frames whose energies are evaluated for the energy "
                        + "histogram (default 10000)"))
                .addOption(valued("map-max", "KT", "top of the free-energy colour scale, kT (default 10)"))
                .addOption(valued("out", "DIR", "output directory: report.html and its PNG files"));
    }

    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path out = Arguments.path(line, "out");
        int angleBins = line.hasOption("angle-bins") ? Arguments.positiveInt(line, "angle-bins")
                : ReportOptions.DEFAULT_ANGLE_BINS;
        int energyBins = line.hasOption("energy-bins") ? Arguments.positiveInt(line, "energy-bins")
                : ReportOptions.DEFAULT_ENERGY_BINS;
        if (angleBins < 2 || energyBins < 2) {
            throw new UsageException("--angle-bins and --energy-bins must be at least 2");
        }
        double mapMax = Arguments.doubleValue(line, "map-max", ReportOptions.DEFAULT_MAP_MAX_KT);
        if (!(mapMax > 0) || Double.isInfinite(mapMax)) {
            throw new UsageException("--map-max must be a positive number of kT, got " + mapMax);
        }
        ReportOptions options = new ReportOptions(angleBins, energyBins,
                line.hasOption("energy-frames") ? Arguments.positiveInt(line, "energy-frames")
                        : ReportOptions.DEFAULT_ENERGY_FRAMES, mapMax, context.seed());
        ReportInputs inputs = new ReportInputs(SampleDirectory.open(Arguments.path(line, "samples")),
                Arguments.path(line, "reweighted"), Arguments.path(line, "reference"), optionalPath(line, "metrics"),
                optionalPath(line, "md"));
        List<String> files;
        try (PreparedSystem prepared = SystemDirectory.load(Arguments.path(line, "system"))) {
            double temperature = prepared.info().temperatureK();
            try (EnergyEvaluator evaluator = new EnergyEvaluator(prepared.system(),
                    SharedOptions.energyOptions(line, context, temperature));
                 ProgressDisplay progress = context.progress("report", -1)) {
                files = Report.run(prepared.structure().topology(), evaluator, inputs, options, out, progress);
            }
        }
        if (context.verbosity() != CliContext.Verbosity.QUIET) {
            System.err.println("arbg report: " + files.size() + " files -> " + out.resolve(Report.HTML));
        }
        return ExitCode.OK;
    }

    private static Optional<Path> optionalPath(CommandLine line, String option) {
        return line.hasOption(option) ? Optional.of(Arguments.path(line, option)) : Optional.empty();
    }
}
