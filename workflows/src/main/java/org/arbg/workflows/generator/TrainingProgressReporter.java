package org.arbg.workflows.generator;

import java.nio.file.Path;
import java.util.Locale;
import org.arbg.adapters.Progress;
import org.arbg.model.training.TrainingListener;
import org.arbg.model.training.TrainingProgress;
import org.arbg.model.training.ValidationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows training steps as progress (loss, learning rate; the display adds the ETA) and logs validations and checkpoints. */
public final class TrainingProgressReporter implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingProgressReporter.class);

    private final Progress progress;

    public TrainingProgressReporter(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void onStep(TrainingProgress p) {
        progress.update(p.step(), p.totalSteps(), String.format(Locale.ROOT,
                "loss %.4f nats/token, lr %.2e%s", p.loss(), p.learningRate(),
                p.skipped() > 0 ? ", skipped " + p.skipped() : ""));
    }

    @Override
    public void onValidation(ValidationResult v) {
        LOG.info(String.format(Locale.ROOT, "step %d: validation NLL %.4f nats/token, %.2f nats/molecule"
                + " (internal coordinates; %d frames%s)", v.step(), v.nllPerToken(), v.nllPerMolecule(), v.frames(),
                v.outside() > 0 ? ", " + v.outside() + " outside the support" : ""));
    }

    @Override
    public void onCheckpoint(Path dir, int step) {
        LOG.debug("checkpoint at step {} in {}", step, dir);
    }
}
