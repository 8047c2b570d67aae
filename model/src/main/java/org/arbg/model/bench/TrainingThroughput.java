package org.arbg.model.bench;

import org.arbg.model.ArModel;
import org.arbg.model.training.TrainingConfig;
import org.arbg.model.training.TrainingListener;
import org.arbg.model.training.TrainingLoop;
import org.arbg.model.training.TrainingOutcome;

/**
 * Milliseconds per training step (for {@code arbg bench}). It really trains: pass a throw-away model.
 */
public final class TrainingThroughput {
    private TrainingThroughput() {
    }

    /**
     * @param steps     timed steps
     * @param batchSize frames per step
     * @param msPerStep mean wall time per step, ms (forward, backward, clipping, AdamW)
     */
    public record Result(int steps, int batchSize, double msPerStep) {
    }

    /**
     * Runs 2 untimed warm-up steps, then {@code steps} timed steps, without validation or checkpoints.
     *
     * @param ic flattened [n][T] training internal coordinates inside the model's support
     */
    public static Result measure(ArModel model, double[] ic, int n, int batchSize, int steps) {
        run(model, ic, n, batchSize, 2);
        TrainingOutcome out = run(model, ic, n, batchSize, steps);
        return new Result(steps, batchSize, out.msPerStep());
    }

    private static TrainingOutcome run(ArModel model, double[] ic, int n, int batchSize, int steps) {
        TrainingConfig c = new TrainingConfig(steps, batchSize, 1e-4, 0, 0.0, 1.0, Integer.MAX_VALUE,
                Integer.MAX_VALUE, 1L);
        try (TrainingLoop loop = TrainingLoop.start(model, c, null)) {
            return loop.run(ic, n, new double[0], 0, new TrainingListener() { }, () -> false);
        }
    }
}
