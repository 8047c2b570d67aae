package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.arbg.model.ArModel;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.ProgressDisplay;
import org.arbg.plugin.cli.UsageException;
import org.arbg.workflows.generator.ProposalSampling;
import org.arbg.workflows.generator.SampleRequest;
import org.arbg.workflows.generator.SampleSummary;

/** {@code arbg sample}: proposals from a trained model, with log q over Cartesian space. */
public final class SampleCommand implements Command {
    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String summary() {
        return "draw proposals from a trained model (proposals.dcd, log_q.npy, ic.npy, sample.json)";
    }

    @Override
    public String usage() {
        return "--system DIR --model MODEL_DIR -n N --out DIR [options]";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(valued("system", "DIR", "system directory from 'arbg prepare'"))
                .addOption(valued("model", "DIR", "model directory from 'arbg train'"))
                .addOption(Option.builder("n").hasArg().argName("N")
                        .desc("number of proposals").build())
                .addOption(valued("temperature", "TAU[,TAU...]", "sampling temperature of the model, or several"
                        + " for an equal-share mixture (default " + SampleRequest.DEFAULT_TEMPERATURES + "); each"
                        + " proposal comes from one, and log_q.npy is the density of the whole mixture"))
                .addOption(valued("batch", "B", "sequences decoded together (default "
                        + ArModel.DEFAULT_BATCH + ")"))
                .addOption(valued("torch-threads", "N", "libtorch intra-op threads per batch (default 1);"
                        + " the global --threads sets how many batches are decoded at once"))
                .addOption(valued("out", "DIR", "output directory"));
    }

    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path system = Arguments.path(line, "system");
        Path model = Arguments.path(line, "model");
        Path out = Arguments.path(line, "out");
        int n = Arguments.positiveInt(line, "n");
        int batch = line.hasOption("batch") ? Arguments.positiveInt(line, "batch") : ArModel.DEFAULT_BATCH;
        TemperatureMixture tau = temperatures(line, "temperature");
        SampleRequest request = new SampleRequest(system, model, n, tau, batch, out, context.seed(),
                TrainCommand.torchThreads(line), context.threads());
        SampleSummary s;
        try (ProgressDisplay progress = context.progress("sample", n)) {
            s = ProposalSampling.run(request, progress);
        }
        System.err.printf(Locale.ROOT, "arbg sample: %d proposals at temperature %s in %.1f s (%.0f proposals/s,"
                + " %d thread(s), %.0f per CPU-second), mean log q %.3f nats -> %s%n", s.n(), s.mixture(),
                s.seconds(), s.proposalsPerSecond(), s.threads(), s.n() / s.cpuSeconds(), s.meanLogQ(), out);
        return ExitCode.OK;
    }

    /** The temperature or mixture of temperatures given as {@code --option}, or the default. */
    static TemperatureMixture temperatures(CommandLine line, String option) throws UsageException {
        if (!line.hasOption(option)) {
            return SampleRequest.DEFAULT_TEMPERATURES;
        }
        try {
            return TemperatureMixture.parse(line.getOptionValue(option));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + option + ": " + e.getMessage());
        }
    }
}
