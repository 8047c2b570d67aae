package org.arbg.model.training;

/** Linear warm-up to the peak, then cosine decay to 10 % of the peak at the last step. */
public final class LearningRateSchedule {
    private static final double FLOOR = 0.1;

    private LearningRateSchedule() {
    }

    /**
     * @param step  0-based step about to be taken
     * @return the learning rate for that step
     */
    public static double at(TrainingConfig c, int step) {
        double peak = c.learningRate();
        if (step < c.warmupSteps()) {
            return peak * (step + 1) / c.warmupSteps();
        }
        int decay = Math.max(1, c.steps() - c.warmupSteps());
        double progress = Math.min(1.0, (double) (step - c.warmupSteps()) / decay);
        return peak * (FLOOR + (1 - FLOOR) * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
