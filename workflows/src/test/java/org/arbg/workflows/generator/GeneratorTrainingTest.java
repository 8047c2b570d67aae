package org.arbg.workflows.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.model.training.TrainingListener;
import org.arbg.model.training.TrainingProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stop and resume, and the inputs {@code arbg train} refuses. */
class GeneratorTrainingTest {
    @TempDir
    static Path tmp;
    static Path system;

    @BeforeAll
    static void prepare() throws IOException {
        system = Aldp.prepareSystem(tmp.resolve("system"));
    }

    @Test
    void aStoppedRunCheckpointsAndResumesToTheTargetStep() throws IOException {
        Path out = tmp.resolve("resumed");
        int[] seen = {0};
        TrainingListener counting = new TrainingListener() {
            @Override
            public void onStep(TrainingProgress p) {
                seen[0] = p.step();
            }
        };
        try (StopOnSignal stop = StopOnSignal.install(StopOnSignal.DEFAULT_WAIT)) {
            TrainSummary first = GeneratorTraining.train(Aldp.request(system, out, 20, false), counting,
                    Progress.NONE, () -> {
                        if (seen[0] >= 8) {
                            stop.requestStop();
                        }
                        return stop.getAsBoolean();
                    });
            assertTrue(first.stopped());
            assertEquals(8, first.step());
        }
        assertTrue(Files.isRegularFile(out.resolve("checkpoint.json")));
        assertTrue(Files.readString(out.resolve(TrainSummary.FILE)).contains("\"stopped\" : true"));

        int[] firstResumed = {-1};
        TrainingListener firstStep = new TrainingListener() {
            @Override
            public void onStep(TrainingProgress p) {
                if (firstResumed[0] < 0) {
                    firstResumed[0] = p.step();
                }
            }
        };
        TrainSummary second = GeneratorTraining.train(Aldp.request(system, out, 20, true), firstStep, Progress.NONE,
                () -> false);
        assertFalse(second.stopped());
        assertEquals(20, second.step());
        assertEquals(9, firstResumed[0], "the resumed run continues after the checkpointed step 8");
        List<String> log = Files.readAllLines(out.resolve("training-log.csv"));
        assertEquals(3, log.size(), "header and rows at steps 10 and 20: " + log);
        assertTrue(log.get(1).startsWith("10,") && log.get(2).startsWith("20,"), log.toString());
    }

    @Test
    void refusesToOverwriteAModelAndToResumeOnOtherData() throws IOException {
        Path out = tmp.resolve("once");
        GeneratorTraining.train(Aldp.request(system, out, 2, false), new TrainingListener() { }, Progress.NONE,
                () -> false);
        BadInputException again = assertThrows(BadInputException.class, () -> GeneratorTraining.train(
                Aldp.request(system, out, 2, false), new TrainingListener() { }, Progress.NONE, () -> false));
        assertTrue(again.getMessage().contains("--resume"), again.getMessage());

        TrainRequest other = new TrainRequest(system, List.of(Aldp.testData("trajectories/frame0.xtc")), out,
                Aldp.tinyModel(), Aldp.tinyTraining(4), 0.1, true, 1);
        BadInputException data = assertThrows(BadInputException.class, () -> GeneratorTraining.train(other,
                new TrainingListener() { }, Progress.NONE, () -> false));
        assertTrue(data.getMessage().contains("other data"), data.getMessage());

        BadInputException none = assertThrows(BadInputException.class, () -> GeneratorTraining.train(
                Aldp.request(system, tmp.resolve("never-trained"), 2, true), new TrainingListener() { },
                Progress.NONE, () -> false));
        assertTrue(none.getMessage().contains("no training checkpoint"), none.getMessage());
    }

    @Test
    void trainingOnlyDataIsTrainedOnButNeverHeldOutAndResumeNeedsTheSameSplit() throws IOException {
        Path out = tmp.resolve("extra");
        TrainRequest r = new TrainRequest(system, List.of(Aldp.frame0()), out, Aldp.tinyModel(),
                Aldp.tinyTraining(4), 0.1, false, 1, List.of(Aldp.frame0()));
        TrainSummary s = GeneratorTraining.train(r, new TrainingListener() { }, Progress.NONE, () -> false);
        TrainingData d = s.data();
        int held = (int) Math.round(0.1 * Aldp.FRAMES);
        assertEquals(held, d.validationFrames(), "only the --data file's tail is held out");
        assertEquals(Aldp.FRAMES - held + Aldp.FRAMES, d.trainFrames(), "the training-only copy is trained on whole");
        assertEquals(List.of(Aldp.frame0().toString()), d.trainingOnlyFiles());
        assertEquals(List.of(Aldp.frame0().toString()), d.files());
        assertEquals(d.trainingOnlyFiles(), JsonFiles.read(out.resolve(TrainingData.FILE), TrainingData.class)
                .trainingOnlyFiles(),
                "training-data.json records the training-only files");

        // the same bytes in the same order, but both files split: another training set
        TrainRequest bothSplit = new TrainRequest(system, List.of(Aldp.frame0(), Aldp.frame0()), out,
                Aldp.tinyModel(), Aldp.tinyTraining(4), 0.1, true, 1);
        BadInputException e = assertThrows(BadInputException.class, () -> GeneratorTraining.train(bothSplit,
                new TrainingListener() { }, Progress.NONE, () -> false));
        assertTrue(e.getMessage().contains("other data") && e.getMessage().contains("--extra-data"), e.getMessage());
    }

    @Test
    void framesOfAnotherMoleculeAreBadInputNamingTheFile() {
        Path tetra = Aldp.testData("structures/lsde-tetrapeptide.pdb");
        TrainRequest r = new TrainRequest(system, List.of(Aldp.frame0(), tetra), tmp.resolve("wrong"),
                Aldp.tinyModel(), Aldp.tinyTraining(2), 0.1, false, 1);
        BadInputException e = assertThrows(BadInputException.class, () -> GeneratorTraining.train(r,
                new TrainingListener() { }, Progress.NONE, () -> false));
        assertTrue(e.getMessage().contains("lsde-tetrapeptide.pdb") && e.getMessage().contains("atoms"),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("wrong")), "nothing written before the data is read");
    }
}
