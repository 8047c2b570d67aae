package org.arbg.model.training;

import java.nio.file.Path;

/** Observes training (the CLI renders progress from it). All methods have empty defaults. */
public interface TrainingListener {
    /** After every step. */
    default void onStep(TrainingProgress progress) {
    }

    /** After every validation. */
    default void onValidation(ValidationResult result) {
    }

    /** After a checkpoint was written. */
    default void onCheckpoint(Path dir, int step) {
    }
}
