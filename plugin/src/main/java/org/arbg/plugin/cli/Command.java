package org.arbg.plugin.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * One {@code arbg} sub-command. Commands are discovered with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.arbg.plugin.cli.Command}), so adding one never touches the dispatcher.
 * The global options ({@code --threads}, {@code --seed}, {@code --quiet}, {@code --verbose}, {@code --help})
 * are added by the dispatcher; a command declares only its own.
 */
public interface Command {
    /** The word after {@code arbg}, e.g. "version". */
    String name();

    /** One line for {@code arbg --help}. */
    String summary();

    /** Usage after the command name, e.g. "[options] FILE"; shown by {@code arbg NAME --help}. */
    default String usage() {
        return "[options]";
    }

    /** This command's own options. */
    Options options();

    /**
     * Runs the command. Throw {@link UsageException} for a bad command line (exit 2) and
     * {@link org.arbg.adapters.BadInputException} for bad input files (exit 3).
     *
     * @return the process exit code, normally 0
     */
    int run(CommandLine line, CliContext context) throws Exception;
}
