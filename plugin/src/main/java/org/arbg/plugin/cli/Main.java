package org.arbg.plugin.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.arbg.adapters.BadInputException;

/**
 * The {@code arbg} entry point: {@code arbg <command> [options]}. Finds the command among the registered
 * {@link Command}s, parses its options together with the global ones, runs it, and turns failures into
 * the documented exit codes (0 ok, 1 internal error, 2 usage, 3 bad input). Logs go to stderr, results to
 * files.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (never calls System.exit, so tests can use it). */
    public static int run(String[] args) {
        Map<String, Command> commands = registeredCommands();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printOverview(commands);
            return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            System.err.println("arbg: unknown command '" + args[0] + "'. Commands: " + String.join(", ", commands.keySet())
                    + ". Run 'arbg --help'.");
            return ExitCode.USAGE;
        }
        Options options = GlobalOptions.add(command.options());
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            CommandLine line = new DefaultParser().parse(options, rest);
            if (line.hasOption(GlobalOptions.HELP)) {
                printCommandHelp(command, options);
                return ExitCode.OK;
            }
            CliContext context = GlobalOptions.context(line);
            Logging.configure(context.verbosity());
            return command.run(line, context);
        } catch (ParseException | UsageException e) {
            System.err.println("arbg " + command.name() + ": " + e.getMessage());
            System.err.println("Run 'arbg " + command.name() + " --help' for the options.");
            return ExitCode.USAGE;
        } catch (BadInputException e) {
            System.err.println("arbg " + command.name() + ": bad input: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (Exception | LinkageError e) {
            System.err.println("arbg " + command.name() + ": internal error: " + e);
            e.printStackTrace(System.err);
            return ExitCode.INTERNAL_ERROR;
        }
    }

    /** The commands found on the class path, by name. */
    static Map<String, Command> registeredCommands() {
        Map<String, Command> byName = new TreeMap<>();
        for (Command c : ServiceLoader.load(Command.class)) {
            Command previous = byName.put(c.name(), c);
            if (previous != null) {
                throw new IllegalStateException("two commands named '" + c.name() + "': "
                        + previous.getClass().getName() + " and " + c.getClass().getName());
            }
        }
        return byName;
    }

    private static void printOverview(Map<String, Command> commands) {
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("usage: arbg <command> [options]");
        out.println();
        out.println("Autoregressive Boltzmann generators for molecular dynamics. Commands:");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(8);
        commands.forEach((name, c) -> out.printf("  %-" + width + "s  %s%n", name, c.summary()));
        out.println();
        out.println("Global options for every command: --threads N, --seed S, --quiet, --verbose, --help.");
        out.println("Run 'arbg <command> --help' for a command's options. Exit codes: 0 ok, 1 internal error,");
        out.println("2 usage error, 3 bad input (the message names the file and the place).");
    }

    private static void printCommandHelp(Command command, Options options) {
        HelpFormatter formatter = new HelpFormatter();
        formatter.setWidth(100);
        PrintWriter out = new PrintWriter(System.out, true);
        formatter.printHelp(out, 100, "arbg " + command.name() + " " + command.usage(), command.summary(), options,
                2, 2, "", false);
    }
}
