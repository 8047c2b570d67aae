package org.arbg.model.training;

/**
 * Validation negative log-likelihood of the true density over internal coordinates (bin cross-entropy plus
 * Σ log bin width), so it is comparable across bin counts.
 *
 * @param step           steps completed when measured
 * @param nllPerToken    nats per token
 * @param nllPerMolecule nats per molecule (frame)
 * @param frames         validation frames scored
 * @param outside        validation frames left out because a value lies outside the model's support
 */
public record ValidationResult(int step, double nllPerToken, double nllPerMolecule, int frames, int outside) {
}
