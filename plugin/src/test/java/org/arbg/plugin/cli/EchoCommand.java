package org.arbg.plugin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.arbg.adapters.BadInputException;

/** A test-only command: writes its parsed settings to --out, or fails as asked. */
public final class EchoCommand implements Command {
    @Override
    public String name() {
        return "test-echo";
    }

    @Override
    public String summary() {
        return "test command that echoes its settings";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("out").hasArg().desc("output file").build())
                .addOption(Option.builder().longOpt("input").hasArg().desc("an input that must exist").build())
                .addOption(Option.builder().longOpt("boom").desc("throw an internal error").build());
    }

    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        if (line.hasOption("boom")) {
            throw new IllegalStateException("boom");
        }
        if (line.hasOption("input") && !Files.exists(Arguments.path(line, "input"))) {
            throw new BadInputException(line.getOptionValue("input"), "", "file not found");
        }
        Path out = Arguments.path(line, "out");
        Files.writeString(out, context.threads() + " " + context.seed() + " " + context.verbosity());
        return ExitCode.OK;
    }
}
