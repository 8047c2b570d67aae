package org.arbg.model.sampling;

import org.arbg.model.density.TemperatureMixture;

/**
 * Samples drawn from the model, with the log density of each draw under the distribution it was drawn from.
 *
 * @param ic          flattened [n][numTokens] internal coordinates in token order: bonds nm, angles rad,
 *                    torsions rad in [−π, π)
 * @param n           number of samples
 * @param numTokens   tokens per sample
 * @param logQ        log q(ic) per sample under {@code temperatures}, nats, a density over internal
 *                    coordinates (bin log-mass minus Σ log bin width)
 * @param temperatures the τ (or mixture of τ) the samples were drawn from and logQ computed for
 */
public record Samples(double[] ic, int n, int numTokens, double[] logQ, TemperatureMixture temperatures) {
    public Samples {
        if (ic.length != (long) n * numTokens || logQ.length != n) {
            throw new IllegalArgumentException("ic has " + ic.length + " values and logQ " + logQ.length
                    + ", expected " + n + " x " + numTokens + " and " + n);
        }
    }
}
