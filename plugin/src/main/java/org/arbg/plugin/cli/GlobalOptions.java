package org.arbg.plugin.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** The options every command accepts. */
final class GlobalOptions {
    static final String THREADS = "threads";
    static final String SEED = "seed";
    static final String QUIET = "quiet";
    static final String VERBOSE = "verbose";
    static final String HELP = "help";

    private GlobalOptions() {
    }

    static Options add(Options options) {
        options.addOption(Option.builder().longOpt(THREADS).hasArg().argName("N")
                .desc("worker threads for energies, training and sampling (default: all cores)").build());
        options.addOption(Option.builder().longOpt(SEED).hasArg().argName("S")
                .desc("random seed (default 12345); the same seed reproduces a run").build());
        options.addOption(Option.builder("q").longOpt(QUIET).desc("only warnings and errors on stderr").build());
        options.addOption(Option.builder("v").longOpt(VERBOSE).desc("debug messages on stderr").build());
        options.addOption(Option.builder("h").longOpt(HELP).desc("show help for this command").build());
        return options;
    }

    static CliContext context(CommandLine line) {
        int threads = line.hasOption(THREADS)
                ? Arguments.positiveInt(line, THREADS) : Runtime.getRuntime().availableProcessors();
        long seed = line.hasOption(SEED) ? Arguments.longValue(line, SEED) : CliContext.DEFAULT_SEED;
        if (line.hasOption(QUIET) && line.hasOption(VERBOSE)) {
            throw new UsageException("--quiet and --verbose exclude each other");
        }
        CliContext.Verbosity verbosity = line.hasOption(QUIET) ? CliContext.Verbosity.QUIET
                : line.hasOption(VERBOSE) ? CliContext.Verbosity.VERBOSE : CliContext.Verbosity.NORMAL;
        return new CliContext(threads, seed, verbosity);
    }
}
