package org.arbg.energy.md;

import org.arbg.adapters.ArbgException;

/**
 * The dynamics blew up: a position or the energy became NaN or infinite. Nothing of the bad step is written; the
 * last checkpoint is kept, so a resume with a smaller time step or more friction can continue from it.
 */
public class MdInstabilityException extends ArbgException {
    private static final long serialVersionUID = 1L;

    public MdInstabilityException(String message) {
        super(message);
    }
}
