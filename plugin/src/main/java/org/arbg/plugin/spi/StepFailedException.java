package org.arbg.plugin.spi;

/** A {@link WorkflowStep} failed; {@link #exitCode()} is what the CLI would have returned. */
public class StepFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public StepFailedException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** 1 internal error, 2 bad parameters, 3 bad input. */
    public int exitCode() {
        return exitCode;
    }
}
