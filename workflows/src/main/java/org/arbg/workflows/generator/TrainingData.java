package org.arbg.workflows.generator;

import java.util.List;

/**
 * {@code training-data.json} in a model directory: which frames the model was trained and validated on.
 * Written before the first step, read back on resume (so the same split is rebuilt).
 *
 * @param files              input trajectories, in order, as given; each file's tail is held out
 * @param sha256             SHA-256 over the bytes of {@code files} and then {@code trainingOnlyFiles}, in order
 * @param framesPerFile      frames read from each file, {@code files} first, then {@code trainingOnlyFiles}
 * @param validationFraction share of each of {@code files}' trailing frames held out
 * @param trainFrames        training frames
 * @param validationFrames   validation frames
 * @param trainingOnlyFiles  trajectories used whole for training, never for validation (none in files written
 *                           before this field existed)
 */
public record TrainingData(List<String> files, String sha256, int[] framesPerFile, double validationFraction,
                           int trainFrames, int validationFrames, List<String> trainingOnlyFiles) {
    /** File name in the model directory. */
    public static final String FILE = "training-data.json";

    public TrainingData {
        trainingOnlyFiles = trainingOnlyFiles == null ? List.of() : List.copyOf(trainingOnlyFiles);
    }
}
