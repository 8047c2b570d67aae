package org.arbg.model.training;

/**
 * Hyper-parameters of maximum-likelihood training. Stored with each checkpoint.
 *
 * @param steps            optimizer steps in total (a resumed run continues up to this count)
 * @param batchSize        frames per step
 * @param learningRate     peak learning rate
 * @param warmupSteps      linear warm-up length, steps
 * @param weightDecay      decoupled (AdamW) weight decay on matrices
 * @param clipNorm         global gradient-norm clip (1.0 in the paper)
 * @param validateEvery    steps between validation NLLs and training-log rows
 * @param checkpointEvery  steps between checkpoints (needs a model directory)
 * @param seed             seed of batch selection
 */
public record TrainingConfig(int steps, int batchSize, double learningRate, int warmupSteps, double weightDecay,
                             double clipNorm, int validateEvery, int checkpointEvery, long seed) {
    public TrainingConfig {
        if (steps < 0 || batchSize < 1 || warmupSteps < 0 || validateEvery < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("need steps >= 0, batchSize >= 1, warmupSteps >= 0 and validateEvery,"
                    + " checkpointEvery >= 1");
        }
        if (!(learningRate > 0) || !(weightDecay >= 0) || !(clipNorm > 0)) {
            throw new IllegalArgumentException("need learningRate > 0, weightDecay >= 0, clipNorm > 0");
        }
    }

    /** Defaults for a small peptide on CPU: 5000 steps of 32 frames, lr 5e-4 (paper), 200 warm-up steps. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(5000, 32, 5e-4, 200, 0.01, 1.0, 250, 500, 1L);
    }
}
