package org.arbg.model.density;

import ai.djl.ndarray.NDArray;

/**
 * Turns raw logits into the log-probabilities the model samples from and scores with. Sampling and
 * scoring both call this one class, so the weights use exactly the distribution that was sampled
 * (anti-pattern 5: the rule lives in one place).
 *
 * <p>Only temperature is applied: log softmax(logits / τ). Top-k/top-p would make log q of the sampled
 * distribution depend on truncation, so they are left out until needed.
 */
public final class LogitProcessor {
    private final double temperature;

    /** @param temperature τ &gt; 0; 1 is the trained model, &lt; 1 sharpens */
    public LogitProcessor(double temperature) {
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and > 0, got " + temperature);
        }
        this.temperature = temperature;
    }

    /** τ. */
    public double temperature() {
        return temperature;
    }

    /**
     * log softmax(logits / τ) over the last axis. The result belongs to the logits' memory manager.
     *
     * @param logits [..., L]
     * @return [..., L] log-probabilities per bin, nats
     */
    public NDArray logProbs(NDArray logits) {
        NDArray scaled = temperature == 1.0 ? logits : logits.div((float) temperature);
        return scaled.logSoftmax(-1);
    }
}
