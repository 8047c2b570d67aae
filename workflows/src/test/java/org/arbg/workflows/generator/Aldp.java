package org.arbg.workflows.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.arbg.model.ModelConfig;
import org.arbg.model.training.TrainingConfig;
import org.arbg.workflows.prepare.PrepareRequest;
import org.arbg.workflows.prepare.SystemPreparation;

/** Alanine dipeptide test fixtures: a system directory, the frame0 trajectory, tiny training settings. */
final class Aldp {
    static final int ATOMS = 22;
    static final int TOKENS = 3 * ATOMS - 6;
    /** frame0.dcd: 501 frames of alanine dipeptide in the atom order of aldp-modern-names.pdb. */
    static final int FRAMES = 501;

    private Aldp() {
    }

    static Path testData(String relative) {
        String root = Objects.requireNonNull(System.getProperty("arbg.testData"), "arbg.testData (surefire sets it)");
        return Path.of(root, relative);
    }

    static Path frame0() {
        return testData("trajectories/frame0.dcd");
    }

    /** amber99sbildn + amber99_obc from aldp-modern-names.pdb, written into {@code dir}. */
    static Path prepareSystem(Path dir) throws IOException {
        PrepareRequest r = new PrepareRequest(Optional.of(testData("structures/aldp-modern-names.pdb")), List.of(),
                Optional.empty(), Optional.empty(), "none", OptionalDouble.empty(), Optional.empty(),
                OptionalDouble.empty(), 300, false);
        SystemPreparation.prepareInto(r, dir).close();
        return dir;
    }

    static ModelConfig tinyModel() {
        return new ModelConfig(32, 1, 2, 64, 2.0, 3L);
    }

    static TrainingConfig tinyTraining(int steps) {
        return new TrainingConfig(steps, 32, 3e-3, 3, 0.01, 1.0, 10, 1000, 5L);
    }

    static TrainRequest request(Path system, Path out, int steps, boolean resume) {
        return new TrainRequest(system, List.of(frame0()), out, tinyModel(), tinyTraining(steps), 0.1, resume, 1);
    }
}
