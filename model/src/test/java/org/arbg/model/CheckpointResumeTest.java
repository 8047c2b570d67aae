package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.model.io.ModelFiles;
import org.arbg.model.training.TrainingCheckpoint;
import org.arbg.model.training.TrainingConfig;
import org.arbg.model.training.TrainingListener;
import org.arbg.model.training.TrainingLoop;
import org.arbg.model.training.TrainingOutcome;
import org.arbg.model.training.TrainingProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped and resumed from its checkpoint continues the uninterrupted run's step count and losses. */
class CheckpointResumeTest {
    private static final int T = 6;
    private static final int N = 48;
    private static final int STEPS = 30;
    private static final int STOP_AT = 15;

    @TempDir
    Path tmp;
    private final List<TokenInfo> tokens = ToyModels.tokens(T);
    private final double[] data = ToyModels.frames(tokens, N, 21);
    private final TrainingConfig tc = new TrainingConfig(STEPS, 16, 3e-3, 5, 0.01, 1.0, 10, 1000, 8L);

    private ArModel fresh() {
        return ArModel.forData(new ModelConfig(16, 2, 2, 16, 2.0, 4L), tokens, data, N,
                new ModelProvenance("", "", ""), 1);
    }

    @Test
    void stopCheckpointAndResumeContinueTheSameRun() {
        List<Double> straight = new ArrayList<>();
        try (ArModel m = fresh(); TrainingLoop loop = TrainingLoop.start(m, tc, tmp.resolve("a"))) {
            loop.run(data, N, data, N, recorder(straight), () -> false);
        }

        Path dir = tmp.resolve("b");
        List<Double> interrupted = new ArrayList<>();
        int[] seen = {0};
        TrainingListener rec = recorder(interrupted);
        TrainingListener counting = new TrainingListener() {
            @Override
            public void onStep(TrainingProgress p) {
                rec.onStep(p);
                seen[0] = p.step();
            }
        };
        try (ArModel m = fresh(); TrainingLoop loop = TrainingLoop.start(m, tc, dir)) {
            TrainingOutcome out = loop.run(data, N, data, N, counting, () -> seen[0] >= STOP_AT);
            assertTrue(out.stopped());
            assertEquals(STOP_AT, out.step());
        }
        assertTrue(TrainingCheckpoint.exists(dir));
        try (ArModel m = ModelFiles.load(dir, tokens, 1); TrainingLoop loop = TrainingLoop.resume(m, dir)) {
            assertEquals(STOP_AT, loop.step());
            TrainingOutcome out = loop.run(data, N, data, N, rec, () -> false);
            assertEquals(STEPS, out.step());
            assertTrue(!out.stopped());
        }
        assertEquals(STEPS, interrupted.size());
        for (int i = 0; i < STEPS; i++) {
            assertEquals(straight.get(i), interrupted.get(i), 2e-4, "loss at step " + (i + 1));
        }
        assertTrue(straight.get(0) - straight.get(STEPS - 1) > 0.1, "loss should fall: " + straight);
    }

    @Test
    void resumingWithOtherDataIsRefusedAndTheLogKeepsItsRows() throws IOException {
        Path dir = tmp.resolve("c");
        try (ArModel m = fresh(); TrainingLoop loop = TrainingLoop.start(m, tc, dir)) {
            loop.run(data, N, data, N, new TrainingListener() { }, () -> false);
        }
        List<String> log = Files.readAllLines(dir.resolve(ModelFiles.TRAINING_LOG));
        assertEquals(1 + STEPS / 10, log.size(), String.join("\n", log));
        double[] other = data.clone();
        other[0] += 1e-4;
        try (ArModel m = ModelFiles.load(dir, tokens, 1); TrainingLoop loop = TrainingLoop.resume(m, dir)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> loop.run(other, N, data, N, new TrainingListener() { }, () -> false));
            assertTrue(e.getMessage().contains("differs"), e.getMessage());
        }
    }

    private static TrainingListener recorder(List<Double> losses) {
        return new TrainingListener() {
            @Override
            public void onStep(TrainingProgress p) {
                losses.add(p.loss());
            }
        };
    }
}
