package org.arbg.model.training;

/**
 * One step's report, for progress display.
 *
 * @param step         steps completed (1-based after the first step)
 * @param totalSteps   target step count
 * @param loss         this step's training loss: bin cross-entropy, nats per token (NaN if non-finite)
 * @param learningRate learning rate used
 * @param gradNorm     global gradient norm before clipping
 * @param skipped      steps skipped so far for a non-finite loss or gradient
 * @param etaSeconds   estimated seconds to the target step count
 */
public record TrainingProgress(int step, int totalSteps, double loss, double learningRate, double gradNorm,
                               int skipped, double etaSeconds) {
}
