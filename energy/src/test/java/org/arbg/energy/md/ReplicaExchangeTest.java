package org.arbg.energy.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.arbg.adapters.Progress;
import org.arbg.energy.openmm.OpenMMSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicaExchangeTest {
    private static final MdOptions OPTIONS = MdOptions.defaults().withPlatform("Reference").withFriction(10)
            .withMinimize(false);
    private static final double K = 100;

    @TempDir
    Path dir;

    @Test
    void geometricLadder() {
        double[] t = TemperatureLadder.geometric(300, 600, 4).temperaturesK();
        assertEquals(300, t[0], 1e-12);
        assertEquals(600, t[3], 1e-12);
        assertEquals(t[1] / t[0], t[2] / t[1], 1e-12);
        assertEquals(t[2] / t[1], t[3] / t[2], 1e-12);
    }

    /** Between equal temperatures the Metropolis ratio is exp(0) = 1: every exchange is accepted. */
    @Test
    void identicalTemperaturesAlwaysExchange() throws Exception {
        try (OpenMMSystem system = MdSystems.harmonicWells(4, 1.0, K);
             ReplicaExchange rex = ReplicaExchange.create(system, MdSystems.randomPositions(4, 0.1, 2), OPTIONS,
                     TemperatureLadder.geometric(300, 300, 2), 100, 1)) {
            RunResult r = rex.run(5000, Progress.NONE);
            assertEquals(50, rex.rounds());
            assertArrayEquals(new double[] {1.0}, r.acceptance());
            assertArrayEquals(new int[] {0, 1}, rex.replicaAtRung(), "50 swaps bring the replicas back");
        }
    }

    /**
     * Detailed balance: the lowest rung of a 300/390/507 K ladder must sample the 300 K Boltzmann distribution of
     * harmonic wells, ⟨x²⟩ = k_B·300 K / k. An exchange rule that ignored the energies would mix in the hotter
     * ensembles (+30% or more); the standard error here is about 1.5%, the bound 6%.
     */
    @Test
    void lowestRungSamplesTheColdEnsemble() throws Exception {
        int n = 8;
        TemperatureLadder ladder = TemperatureLadder.geometric(300, 507, 3);
        try (OpenMMSystem system = MdSystems.harmonicWells(n, 1.0, K);
             ReplicaExchange rex = ReplicaExchange.create(system, MdSystems.randomPositions(n, 0.1, 5),
                     OPTIONS.withSeed(21), ladder, 200, 1)) {
            CollectingReporter cold = new CollectingReporter(20, 2000, false);
            rex.addReporter(cold);
            RunResult r = rex.run(102_000, Progress.NONE);
            double expected = MdSystems.R * 300 / K;
            double measured = MdSystems.meanSquare(cold.positions());
            assertEquals(expected, measured, 0.06 * expected, "<x^2> at T_min (nm^2)");
            for (double a : r.acceptance()) {
                assertTrue(a > 0.05 && a < 0.95, "acceptance " + a);
            }
        }
    }

    /** Stopped and resumed, replica exchange repeats the uninterrupted run's T_min frames and statistics. */
    @Test
    void stopThenResumeEqualsUninterruptedRun() throws Exception {
        TemperatureLadder ladder = TemperatureLadder.geometric(300, 450, 3);
        Path straight = dir.resolve("straight.dcd");
        Path split = dir.resolve("split.dcd");
        double[] x = MdSystems.randomPositions(6, 0.1, 9);
        try (OpenMMSystem system = MdSystems.harmonicWells(6, 1.0, K)) {
            RunResult whole = runFresh(system, x, ladder, straight, -1);
            RunResult first = runFresh(system, x, ladder, split, 1500);
            assertEquals(1500, first.step());
            Path chk = CheckpointFile.besideTrajectory(split);
            Checkpoint c = CheckpointFile.read(chk);
            RunResult second;
            try (ReplicaExchange rex = ReplicaExchange.resume(system, c, OPTIONS, ladder, 100, 1, chk.toString());
                 TrajectoryReporter traj = TrajectoryReporter.resume(split, 6, 50,
                         c.info().framesWritten())) {
                rex.addReporter(traj);
                rex.checkpointTo(chk, 1000);
                second = rex.run(3000, Progress.NONE);
            }
            assertArrayEquals(whole.acceptance(), second.acceptance());
        }
        List<double[]> a = DcdFrames.read(straight);
        List<double[]> b = DcdFrames.read(split);
        assertEquals(60, a.size());
        assertEquals(a.size(), b.size());
        for (int f = 0; f < a.size(); f++) {
            assertArrayEquals(a.get(f), b.get(f), "frame " + f);
        }
    }

    private static RunResult runFresh(OpenMMSystem system, double[] x, TemperatureLadder ladder, Path dcd,
                                      long stopAt) throws Exception {
        try (ReplicaExchange rex = ReplicaExchange.create(system, x, OPTIONS, ladder, 100, 1);
             TrajectoryReporter traj = TrajectoryReporter.create(dcd, 6, 0.001, 50)) {
            rex.addReporter(traj);
            if (stopAt > 0) {
                new StopAt(stopAt).attach(rex);
            }
            rex.checkpointTo(CheckpointFile.besideTrajectory(dcd), 1000);
            return rex.run(3000, Progress.NONE);
        }
    }
}
