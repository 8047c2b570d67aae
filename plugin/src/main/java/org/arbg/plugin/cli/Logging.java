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
        if (verbosity != CliContext.Verbosity.VERBOSE) {
            // DJL announces its engine set-up at info level; users need it only when debugging
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "warn");
        }
        // DJL probes for CUDA on every start and warns on CPU-only machines; arbg runs on the CPU build
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
    }
}
