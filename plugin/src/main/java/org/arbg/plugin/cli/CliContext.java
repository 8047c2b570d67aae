package org.arbg.plugin.cli;

/**
 * What every command gets besides its own options: thread count, seed, verbosity, and a way to show
 * progress of long work.
 *
 * @param threads   worker threads (≥ 1)
 * @param seed      random seed
 * @param verbosity how much to log on stderr
 */
public record CliContext(int threads, long seed, Verbosity verbosity) {
    public static final long DEFAULT_SEED = 12345L;

    public enum Verbosity { QUIET, NORMAL, VERBOSE }

    /**
     * A progress sink for a task: a progress bar when stderr is a terminal, otherwise one line on stderr at
     * most every few seconds; nothing when quiet. Close it when the task ends.
     *
     * @param total units of work in all, or -1 when unknown
     */
    public ProgressDisplay progress(String task, long total) {
        if (verbosity == Verbosity.QUIET) {
            return ProgressDisplay.silent();
        }
        return System.console() != null ? ProgressDisplay.bar(task, total) : ProgressDisplay.lines(task, System.err);
    }
}
