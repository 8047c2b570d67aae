package org.arbg.workflows.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.arbg.model.ModelConfig;
import org.arbg.model.training.TrainingConfig;

/**
 * What {@code arbg train} was asked for.
 *
 * @param system             system directory ({@code arbg prepare}); its topology fixes atoms and Z-matrix
 * @param data               MD trajectories of that system, atoms in topology order; each file's tail is held out
 *                           for validation
 * @param out                model directory (created; must not hold a model unless resuming)
 * @param model              architecture and bins (ignored when resuming: the stored one is used)
 * @param training           optimisation settings (ignored when resuming: the checkpoint's are used)
 * @param validationFraction share of each file's trailing frames held out, in [0, 1) (ignored when resuming)
 * @param resume             continue from the checkpoint in {@code out}
 * @param threads            libtorch intra-op threads
 * @param trainingOnlyData   more trajectories of the system, used whole for training and never for validation:
 *                           copies of frames that should weigh more (a rare basin's frames, listed k times)
 */
public record TrainRequest(Path system, List<Path> data, Path out, ModelConfig model, TrainingConfig training,
                           double validationFraction, boolean resume, int threads, List<Path> trainingOnlyData) {
    /** Default share of each trajectory's tail held out for validation. */
    public static final double DEFAULT_VALIDATION_FRACTION = 0.1;

    public TrainRequest {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(out, "out");
        data = List.copyOf(data);
        trainingOnlyData = List.copyOf(trainingOnlyData);
        if (data.isEmpty()) {
            throw new IllegalArgumentException("no training data");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + validationFraction);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
    }

    /** A request without training-only data. */
    public TrainRequest(Path system, List<Path> data, Path out, ModelConfig model, TrainingConfig training,
                        double validationFraction, boolean resume, int threads) {
        this(system, data, out, model, training, validationFraction, resume, threads, List.of());
    }

    /** Every input trajectory: {@link #data} first, then {@link #trainingOnlyData}. */
    public List<Path> allData() {
        List<Path> all = new ArrayList<>(data);
        all.addAll(trainingOnlyData);
        return List.copyOf(all);
    }
}
