package org.arbg.energy.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.energy.openmm.OpenMMSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of 2·M ps stopped after M ps and resumed must give the uninterrupted run's frames. On the Reference
 * platform the native checkpoint carries the Langevin random generator, so the frames are bit-identical.
 */
class CheckpointResumeTest {
    private static final MdOptions OPTIONS = MdOptions.defaults().withPlatform("Reference").withSeed(3);
    private static final long TOTAL = 4000;
    private static final long HALF = 2000;
    private static final long INTERVAL = 100;

    @TempDir
    Path dir;

    @Test
    void stopThenResumeEqualsUninterruptedRun() throws Exception {
        Path straight = dir.resolve("straight.dcd");
        Path split = dir.resolve("split.dcd");
        try (OpenMMSystem system = MdSystems.alanineDipeptide()) {
            runFresh(system, straight, TOTAL, -1);
            RunResult first = runFresh(system, split, TOTAL, HALF);
            assertFalse(first.completed());
            assertEquals(HALF, first.step());
            assertEquals(HALF / INTERVAL, DcdFrames.read(split).size());
            RunResult second = resume(system, split, TOTAL);
            assertTrue(second.completed());
            assertEquals(TOTAL - HALF, second.stepsThisRun());
        }
        assertSameOutputs(straight, split);
    }

    /**
     * A kill leaves frames written after the last checkpoint: the resume cuts DCD and energies back to the
     * checkpoint and repeats those frames exactly.
     */
    @Test
    void resumeAfterKillDropsFramesPastTheCheckpoint() throws Exception {
        Path straight = dir.resolve("straight.dcd");
        Path killed = dir.resolve("killed.dcd");
        Path saved = dir.resolve("saved.checkpoint");
        try (OpenMMSystem system = MdSystems.alanineDipeptide()) {
            runFresh(system, straight, TOTAL, -1);
            // checkpoints every M steps; keep a copy of the one at step M, then let the run go on to 3M/2
            Path checkpoint = CheckpointFile.besideTrajectory(killed);
            try (MdSimulation sim = MdSimulation.create(system, MdSystems.alanineDipeptidePositions(), OPTIONS);
                 TrajectoryReporter traj = TrajectoryReporter.create(killed, sim.numParticles(), 0.001, INTERVAL)) {
                sim.addReporter(traj);
                sim.addReporter(new CopyAt(HALF + INTERVAL, checkpoint, saved));
                sim.checkpointTo(checkpoint, HALF);
                sim.run(3 * TOTAL / 4, Progress.NONE);
            }
            Files.move(saved, checkpoint, StandardCopyOption.REPLACE_EXISTING);
            assertEquals(3 * TOTAL / 4 / INTERVAL, DcdFrames.read(killed).size());
            resume(system, killed, TOTAL);
        }
        assertSameOutputs(straight, killed);
    }

    @Test
    void resumeRejectsAnotherSeed() throws Exception {
        Path traj = dir.resolve("a.dcd");
        try (OpenMMSystem system = MdSystems.alanineDipeptide()) {
            runFresh(system, traj, 200, -1);
            Checkpoint c = CheckpointFile.read(CheckpointFile.besideTrajectory(traj));
            assertThrows(BadInputException.class,
                    () -> MdSimulation.resume(system, c, OPTIONS.withSeed(4), "c").close());
            assertThrows(BadInputException.class,
                    () -> MdSimulation.resume(system, c, OPTIONS.withTemperature(310), "c").close());
        }
        assertThrows(BadInputException.class, () -> CheckpointFile.read(dir.resolve("none.checkpoint")));
    }

    private static RunResult runFresh(OpenMMSystem system, Path dcd, long total, long stopAt) throws Exception {
        try (MdSimulation sim = MdSimulation.create(system, MdSystems.alanineDipeptidePositions(), OPTIONS);
             TrajectoryReporter traj = TrajectoryReporter.create(dcd, sim.numParticles(), 0.001, INTERVAL)) {
            sim.addReporter(traj);
            if (stopAt > 0) {
                new StopAt(stopAt).attach(sim);
            }
            sim.checkpointTo(CheckpointFile.besideTrajectory(dcd), 1000);
            return sim.run(total, Progress.NONE);
        }
    }

    private static RunResult resume(OpenMMSystem system, Path dcd, long total) throws Exception {
        Path chk = CheckpointFile.besideTrajectory(dcd);
        Checkpoint c = CheckpointFile.read(chk);
        try (MdSimulation sim = MdSimulation.resume(system, c, OPTIONS, chk.toString());
             TrajectoryReporter traj = TrajectoryReporter.resume(dcd, sim.numParticles(), INTERVAL,
                     c.info().framesWritten())) {
            sim.addReporter(traj);
            sim.checkpointTo(chk, 1000);
            return sim.run(total, Progress.NONE);
        }
    }

    private static void assertSameOutputs(Path expected, Path actual) throws Exception {
        List<double[]> a = DcdFrames.read(expected);
        List<double[]> b = DcdFrames.read(actual);
        assertEquals(TOTAL / INTERVAL, a.size());
        assertEquals(a.size(), b.size(), "frame count");
        for (int f = 0; f < a.size(); f++) {
            assertArrayEquals(a.get(f), b.get(f), "frame " + f);
        }
        assertArrayEquals(DcdFrames.energies(expected), DcdFrames.energies(actual), "energies");
    }

    /** Copies a file when the run reaches a step (to keep an older checkpoint, as a kill would). */
    private static final class CopyAt implements Reporter {
        private final long step;
        private final Path from;
        private final Path to;

        CopyAt(long step, Path from, Path to) {
            this.step = step;
            this.from = from;
            this.to = to;
        }

        @Override
        public ReportRequest nextReport(long currentStep) {
            return new ReportRequest(currentStep < step ? step - currentStep : Long.MAX_VALUE / 2, false);
        }

        @Override
        public void report(org.arbg.energy.openmm.StateSnapshot snapshot) throws java.io.IOException {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
