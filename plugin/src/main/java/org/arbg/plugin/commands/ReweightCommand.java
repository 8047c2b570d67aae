package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.adapters.inspect.StereoCheck;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.ProgressDisplay;
import org.arbg.workflows.reweight.ClippingWarning;
import org.arbg.workflows.reweight.ReweightOptions;
import org.arbg.workflows.reweight.ReweightRun;
import org.arbg.workflows.reweight.ReweightSummary;
import org.arbg.workflows.reweight.SampleDirectory;

/**
 * {@code arbg reweight}: energies of the proposals of a sample directory, importance weights
 * log w = −u − log q with clipping, Kish ESS and a resampled ensemble (see {@link ReweightRun} for the files).
 */
public final class ReweightCommand implements Command {
    @Override
    public String name() {
        return "reweight";
    }

    @Override
    public String summary() {
        return "importance weights, ESS and a resampled ensemble of a sample directory's proposals";
    }

    @Override
    public String usage() {
        return "--system DIR --samples DIR [--clip-fraction 0.002] [--resample N] --out DIR";
    }

    @Override
    public Options options() {
        return SharedOptions.energy(new Options())
                .addOption(SharedOptions.samples())
                .addOption(SharedOptions.clipFraction())
                .addOption(SharedOptions.resampling())
                .addOption(valued("resample", "N", "frames in resampled.dcd (default: the number of proposals)"))
                .addOption(valued("out", "DIR",
                        "output directory: energies.npy, log_weights.npy, resampled_indices.npy, "
                        + "resampled.dcd, summary.json"));
    }

    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path out = Arguments.path(line, "out");
        Path systemDir = Arguments.path(line, "system");
        ReweightOptions options = new ReweightOptions(SharedOptions.clipFraction(line),
                line.hasOption("resample") ? Arguments.positiveInt(line, "resample") : 0,
                SharedOptions.resampling(line), context.seed());
        SampleDirectory samples = SampleDirectory.open(Arguments.path(line, "samples"));
        ReweightSummary s;
        try (PreparedSystem prepared = SystemDirectory.load(systemDir)) {
            double temperature = prepared.info().temperatureK();
            try (EnergyEvaluator evaluator = new EnergyEvaluator(prepared.system(),
                    SharedOptions.energyOptions(line, context, temperature));
                 ProgressDisplay progress = context.progress("reweight", -1)) {
                s = ReweightRun.run(samples, evaluator, StereoCheck.of(prepared.structure()), temperature, options, out,
                        progress);
            }
        }
        if (s.nNonfiniteEnergy() > 0 || s.nNonfiniteLogQ() > 0) {
            System.err.println("arbg reweight: warning: weight zero for " + s.nNonfiniteEnergy()
                    + " proposals with a NaN or infinite energy and " + s.nNonfiniteLogQ()
                    + " with a NaN or infinite log q (of " + s.nProposals() + ")");
        }
        if (s.nInvertedStereo() > 0 && context.verbosity() != CliContext.Verbosity.QUIET) {
            System.err.println("arbg reweight: weight zero for " + s.nInvertedStereo() + " proposals with a"
                    + " stereocentre inverted relative to the prepared structure (of " + s.nProposals() + ")");
        }
        if (s.clippedWeightShare() > ClippingWarning.SHARE) {
            System.err.println("arbg reweight: warning: " + ClippingWarning.text(s.clippedWeightShare(), s.nClipped()));
        }
        if (context.verbosity() != CliContext.Verbosity.QUIET) {
            System.err.println(String.format(Locale.ROOT, "arbg reweight: %d proposals, ESS %.4g%% (%d clipped) -> %s",
                    s.nProposals(), 100 * s.essFraction(), s.nClipped(), out));
        }
        return ExitCode.OK;
    }
}
