package org.arbg.workflows.generator;

import java.util.List;

/**
 * {@code training-data.json} in a model directory: which frames the model was trained and validated on.
 * Written before the first step, read back on resume (so the same split is rebuilt).
 *
 * @param files              input trajectories, in order, as given
 * @param sha256             SHA-256 over their bytes, in order
 * @param framesPerFile      frames read from each file
 * @param validationFraction share of each file's trailing frames held out
 * @param trainFrames        training frames
 * @param validationFrames   validation frames
 */
public record TrainingData(List<String> files, String sha256, int[] framesPerFile, double validationFraction,
                           int trainFrames, int validationFrames) {
    /** File name in the model directory. */
    public static final String FILE = "training-data.json";
}
