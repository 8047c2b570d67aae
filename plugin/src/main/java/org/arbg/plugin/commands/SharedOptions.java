package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.valued;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.arbg.energy.openmm.EnergyOptions;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.UsageException;
import org.arbg.workflows.reweight.ReweightOptions;
import org.arbg.workflows.reweight.ResamplingScheme;

/** Options shared by reweight and evaluate, parsed the same way in both. */
final class SharedOptions {
    private SharedOptions() {
    }

    /** --system and --platform. */
    static Options energy(Options options) {
        return options
                .addOption(valued("system", "DIR", "system directory from 'arbg prepare'"))
                .addOption(valued("platform", "NAME",
                        "OpenMM platform: Reference or CPU (default: chosen by system size)"));
    }

    static EnergyOptions energyOptions(CommandLine line, CliContext context, double temperatureK) {
        EnergyOptions o = EnergyOptions.at(temperatureK).withThreads(context.threads());
        return line.hasOption("platform") ? o.withPlatform(line.getOptionValue("platform")) : o;
    }

    /** {@code --samples DIR}: the proposals a command reads. */
    static Option samples() {
        return valued("samples", "DIR", "sample directory from 'arbg sample' (proposals.dcd, log_q.npy)");
    }

    static Option clipFraction() {
        return valued("clip-fraction", "F",
                "fraction of the largest log-weights dropped (default 0.002, the paper's 99.8th percentile)");
    }

    static double clipFraction(CommandLine line) {
        double f = Arguments.doubleValue(line, "clip-fraction", ReweightOptions.DEFAULT_CLIP_FRACTION);
        if (!(f >= 0 && f < 1)) {
            throw new UsageException("--clip-fraction must be in [0, 1), got " + f);
        }
        return f;
    }

    static Option resampling() {
        return valued("resampling", "SCHEME", "multinomial (default, as the paper) or systematic");
    }

    static ResamplingScheme resampling(CommandLine line) {
        if (!line.hasOption("resampling")) {
            return ResamplingScheme.MULTINOMIAL;
        }
        try {
            return ResamplingScheme.parse(line.getOptionValue("resampling"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--resampling must be multinomial or systematic, got '"
                    + line.getOptionValue("resampling") + "'");
        }
    }
}
