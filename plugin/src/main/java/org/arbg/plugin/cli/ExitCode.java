package org.arbg.plugin.cli;

/** The process exit codes of {@code arbg}, as documented in the README. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;

    private ExitCode() {
    }
}
