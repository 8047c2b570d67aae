package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.flag;
import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.UsageException;
import org.arbg.workflows.bench.BenchConfig;
import org.arbg.workflows.bench.BenchReport;
import org.arbg.workflows.bench.BenchRunner;
import org.arbg.workflows.bench.BenchSystems;

/** {@code arbg bench}: throughput and scaling of energies, MD, transforms, I/O and the model, as JSON. */
public final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmark energies, MD ns/day, IC transform, DCD/XTC I/O, training and sampling across a size ladder";
    }

    @Override
    public String usage() {
        return "[--quick] [--systems a,b] [--chignolin PDB] --out bench.json";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(flag("quick",
                        "CI smoke profile: two smallest systems and their energy variants, few repeats "
                        + "(under 3 minutes on 2 cores)"))
                .addOption(valued("systems", "LIST",
                        "comma-separated systems to run, only those named (default: all; --quick: the first "
                        + "two and their variants); ladder: " + String.join(", ", BenchSystems.LADDER)
                        + "; energy-only variants: " + String.join(", ", BenchSystems.ENERGY_VARIANTS)))
                .addOption(valued("chignolin", "PDB",
                        "chignolin CLN025 with hydrogens (default " + BenchConfig.DEFAULT_CHIGNOLIN + ")"))
                .addOption(valued("repeats", "N", "timed repeats per measurement (default 5; --quick 3)"))
                .addOption(valued("out", "FILE", "bench.json to write"));
    }

    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path out = Arguments.path(line, "out");
        Path work = out.toAbsolutePath().getParent();
        Files.createDirectories(work);
        BenchConfig config = line.hasOption("quick") ? BenchConfig.quick(work) : BenchConfig.full(work);
        if (line.hasOption("systems")) {
            List<String> names = Arrays.stream(line.getOptionValue("systems").split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
            for (String n : names) {
                if (!BenchSystems.allNames().contains(n)) {
                    throw new UsageException("--systems: unknown system '" + n + "'; one of "
                            + String.join(", ", BenchSystems.allNames()));
                }
            }
            config = config.withSystems(names);
        }
        if (line.hasOption("chignolin")) {
            config = config.withChignolin(Arguments.path(line, "chignolin"));
        }
        if (line.hasOption("repeats")) {
            config = config.withRepeats(Arguments.positiveInt(line, "repeats"));
        }
        BenchReport report = BenchRunner.run(config);
        BenchRunner.write(report, out);
        System.err.println("arbg bench: " + report.systems().size() + " system(s) and "
                + report.energyVariants().size() + " energy variant(s) in "
                + String.format("%.0f", report.wallSeconds()) + " s -> " + out);
        return ExitCode.OK;
    }
}
