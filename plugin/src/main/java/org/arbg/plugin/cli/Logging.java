package org.arbg.plugin.cli;

/** Sets the log level of slf4j-simple (stderr) before the first logger is created. */
final class Logging {
    private Logging() {
    }

    static void configure(CliContext.Verbosity verbosity) {
        String level = switch (verbosity) {
            case QUIET -> "warn";
            case NORMAL -> "info";
            case VERBOSE -> "debug";
        };
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    }
}
