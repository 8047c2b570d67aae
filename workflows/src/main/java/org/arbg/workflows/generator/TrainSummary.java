package org.arbg.workflows.generator;

import org.arbg.model.ModelConfig;
import org.arbg.model.training.TrainingConfig;

/**
 * {@code train.json} in a model directory: the outcome of the last {@code arbg train} run on it.
 *
 * @param step             optimizer steps completed in total
 * @param stopped          true when the run was stopped (signal) before the target step count
 * @param skippedSteps     steps skipped for a non-finite loss or gradient, in total
 * @param lastLoss         training loss of the last step, nats per token (bin cross-entropy)
 * @param msPerStep        mean wall time per step in this run, ms
 * @param validation       held-out NLL at the end, or null without validation frames
 * @param trainingFrames   NLL of as many training frames (spread evenly over the training set), or null
 *                         without validation frames; {@code validation − trainingFrames} per molecule is the
 *                         generalisation gap: the extra log-density the model gives frames it has seen
 * @param parameters       scalar parameters of the model
 * @param numTokens        tokens per molecule
 * @param specDigest       Z-matrix digest
 * @param data             the training data
 * @param model            architecture and bins
 * @param training         optimisation settings
 * @param arbgVersion      arbg version of this run
 */
public record TrainSummary(int step, boolean stopped, int skippedSteps, double lastLoss, double msPerStep,
                           ValidationNll validation, ValidationNll trainingFrames, long parameters, int numTokens,
                           String specDigest, TrainingData data, ModelConfig model, TrainingConfig training, String arbgVersion) {
    /** File name in the model directory. */
    public static final String FILE = "train.json";

    /** Validation minus training-frame NLL over internal coordinates, nats per molecule; NaN when unknown. */
    public double generalisationGapPerMolecule() {
        return validation == null || trainingFrames == null ? Double.NaN
                : validation.perMolecule() - trainingFrames.perMolecule();
    }
}
