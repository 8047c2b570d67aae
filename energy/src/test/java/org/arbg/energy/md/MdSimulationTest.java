package org.arbg.energy.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.arbg.adapters.Progress;
import org.arbg.energy.openmm.OpenMMContext;
import org.arbg.energy.openmm.OpenMMSystem;
import org.arbg.energy.openmm.StateSnapshot;
import org.junit.jupiter.api.Test;

class MdSimulationTest {
    private static final MdOptions REFERENCE = MdOptions.defaults().withPlatform("Reference");

    @Test
    void minimisationLowersTheEnergy() {
        double[] x = MdSystems.alanineDipeptidePositions();
        try (OpenMMSystem system = MdSystems.alanineDipeptide()) {
            double before;
            try (OpenMMContext ctx = new OpenMMContext(system, "Reference")) {
                ctx.setPositions(x);
                before = ctx.getPotentialEnergy();
            }
            try (MdSimulation sim = MdSimulation.create(system, x, REFERENCE)) {
                double after = sim.snapshot(false).potentialKjPerMol();
                assertTrue(after < before - 1, "minimised " + after + " kJ/mol vs start " + before);
                assertEquals(0, sim.step());
            }
        }
    }

    /**
     * Equipartition: ⟨2 KE / (N_dof R)⟩ = T with N_dof = 3N − 3 (the CMMotionRemover removes the centre of
     * mass). 20 ps of 22 atoms after 2 ps of equilibration; the per-sample spread is sqrt(2/63) ≈ 18%, samples
     * decorrelate in well under 1 ps, so ±5% is several standard errors.
     */
    @Test
    void kineticTemperatureStaysNearTheTarget() throws Exception {
        double target = 300;
        try (OpenMMSystem system = MdSystems.alanineDipeptide();
             MdSimulation sim = MdSimulation.create(system, MdSystems.alanineDipeptidePositions(),
                     REFERENCE.withTemperature(target).withSeed(7))) {
            CollectingReporter samples = new CollectingReporter(20, 2000, true);
            sim.addReporter(samples);
            RunResult result = sim.run(22_000, Progress.NONE);
            assertTrue(result.completed());
            double[] masses = sim.massesAmu();
            int dof = 3 * masses.length - 3;
            double sumT = 0;
            for (StateSnapshot s : samples.snapshots) {
                double ke = MaxwellBoltzmann.kineticEnergy(masses, s.velocitiesNmPerPs());
                sumT += 2 * ke / (dof * MdSystems.R);
            }
            double mean = sumT / samples.snapshots.size();
            assertEquals(1001, samples.snapshots.size());
            assertEquals(target, mean, 0.05 * target, "mean kinetic temperature");
        }
    }

    /**
     * Independent particles in harmonic wells U = k/2 |x|²: Boltzmann gives ⟨x²⟩ = k_B T / k per axis exactly
     * (an analytic reference). 50 particles × 3 axes × 50 ps, correlation time ~0.1 ps: the standard error is
     * under 1%, the bound 4%.
     */
    @Test
    void harmonicWellsSampleBoltzmannVariance() throws Exception {
        double k = 100;
        double t = 300;
        int n = 50;
        try (OpenMMSystem system = MdSystems.harmonicWells(n, 1.0, k);
             MdSimulation sim = MdSimulation.create(system, MdSystems.randomPositions(n, 0.1, 1),
                     REFERENCE.withTemperature(t).withFriction(10).withMinimize(false).withSeed(11))) {
            CollectingReporter samples = new CollectingReporter(20, 1000, false);
            sim.addReporter(samples);
            sim.run(51_000, Progress.NONE);
            double expected = MdSystems.R * t / k;
            double measured = MdSystems.meanSquare(samples.positions());
            assertEquals(expected, measured, 0.04 * expected, "<x^2> (nm^2)");
        }
    }

    @Test
    void sameSeedGivesTheSameTrajectory() throws Exception {
        double[][] last = new double[2][];
        for (int run = 0; run < 2; run++) {
            try (OpenMMSystem system = MdSystems.alanineDipeptide();
                 MdSimulation sim = MdSimulation.create(system, MdSystems.alanineDipeptidePositions(), REFERENCE)) {
                sim.run(500, Progress.NONE);
                last[run] = sim.snapshot(false).positionsNm();
            }
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(last[0], last[1]);
    }
}
