package org.arbg.model.training;

/**
 * How a call to {@link TrainingLoop#run} ended.
 *
 * @param step       steps completed in total (including those before a resume)
 * @param stopped    true when a stop was requested before the target step count
 * @param skipped    steps skipped for a non-finite loss or gradient, in total
 * @param lastLoss   training loss of the last step taken, nats per token (NaN if none)
 * @param validation last validation, or null if none ran
 * @param msPerStep  mean wall time per step in this call, ms
 */
public record TrainingOutcome(int step, boolean stopped, int skipped, double lastLoss, ValidationResult validation,
                              double msPerStep) {
}
