package org.arbg.adapters;

/** Base of every exception arbg throws on purpose. Unchecked: callers decide where to report. */
public class ArbgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArbgException(String message) {
        super(message);
    }

    public ArbgException(String message, Throwable cause) {
        super(message, cause);
    }
}
