package org.arbg.adapters.ic;

/** Digests that tag trained models; a change here invalidates stored models, so make it on purpose. */
final class ZMatrixPins {
    static final String ALDP_DIGEST = "b8c180acbff878cfacd6acab753034206f50fc3bdb5f68595de50be8f8a9c3af";

    private ZMatrixPins() {
    }
}
