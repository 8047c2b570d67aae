package org.arbg.plugin.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;

/** Typed access to option values; a malformed value is a usage error naming the option. */
public final class Arguments {
    private Arguments() {
    }

    public static int positiveInt(CommandLine line, String option) {
        int v = intValue(line, option);
        if (v <= 0) {
            throw new UsageException("--" + option + " must be a positive integer, got " + v);
        }
        return v;
    }

    public static int intValue(CommandLine line, String option) {
        String raw = required(line, option);
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " expects an integer, got '" + raw + "'");
        }
    }

    public static long longValue(CommandLine line, String option) {
        String raw = required(line, option);
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " expects an integer, got '" + raw + "'");
        }
    }

    public static double doubleValue(CommandLine line, String option) {
        String raw = required(line, option);
        try {
            double v = Double.parseDouble(raw.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " expects a finite number, got '" + raw + "'");
        }
    }

    public static double doubleValue(CommandLine line, String option, double defaultValue) {
        return line.hasOption(option) ? doubleValue(line, option) : defaultValue;
    }

    public static int intValue(CommandLine line, String option, int defaultValue) {
        return line.hasOption(option) ? intValue(line, option) : defaultValue;
    }

    public static Path path(CommandLine line, String option) {
        return Path.of(required(line, option));
    }

    public static String required(CommandLine line, String option) {
        String v = line.getOptionValue(option);
        if (v == null) {
            throw new UsageException("missing required option --" + option);
        }
        return v;
    }

    /** The positional arguments, which must number exactly {@code count}. */
    public static String[] positional(CommandLine line, int count, String what) {
        String[] rest = line.getArgs();
        if (rest.length != count) {
            throw new UsageException("expected " + what + ", got " + rest.length + " argument(s)");
        }
        return rest;
    }
}
