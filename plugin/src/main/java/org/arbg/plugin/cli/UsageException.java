package org.arbg.plugin.cli;

import org.arbg.adapters.ArbgException;

/** The command line is wrong: unknown option, missing argument, bad number. Exit code 2. */
public class UsageException extends ArbgException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
