package org.arbg.model.training;

/**
 * JSON content of {@code checkpoint.json}: where training stands, written after the parameters and
 * optimizer state it refers to.
 *
 * @param step             steps completed
 * @param skipped          steps skipped so far for a non-finite loss or gradient
 * @param config           training hyper-parameters
 * @param trainDataSha256  digest of the training IC data (resuming with other data is refused)
 * @param optimizerSha256  digest of {@code optimizer.bin}
 */
public record CheckpointState(int step, int skipped, TrainingConfig config, String trainDataSha256,
                              String optimizerSha256) {
}
