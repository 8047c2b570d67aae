package org.arbg.energy.openmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.arbg.adapters.amber.InpcrdFile;
import org.arbg.energy.EnergyTestData;
import org.arbg.energy.system.AmberSystemBuilder;
import org.arbg.energy.system.AmberSystemOptions;
import org.arbg.energy.system.ImplicitSolvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batched energies of alanine dipeptide (OBC2, GBSAOBCForce) on the Reference platform. */
class EnergyEvaluatorTest {
    private static final int FRAMES = 100;
    private static OpenMMSystem system;
    private static double[] frames;

    @BeforeAll
    static void setUp() {
        system = AmberSystemBuilder.build(EnergyTestData.path("topologies/alanine-dipeptide-implicit.prmtop"),
                AmberSystemOptions.defaults().withImplicitSolvent(ImplicitSolvent.OBC2));
        double[] x0 = InpcrdFile.read(EnergyTestData.path("topologies/alanine-dipeptide-implicit.inpcrd")).positionsNm();
        Random rng = new Random(42);
        frames = new double[FRAMES * x0.length];
        for (int f = 0; f < FRAMES; f++) {
            for (int i = 0; i < x0.length; i++) {
                frames[f * x0.length + i] = x0[i] + 0.005 * rng.nextGaussian(); // 0.05 Å noise
            }
        }
    }

    @AfterAll
    static void tearDown() {
        system.close();
    }

    private static EnergyOptions reference(int threads) {
        return EnergyOptions.at(300).withPlatform("Reference").withThreads(threads);
    }

    @Test
    void batchedEqualsOneAtATimeAndThreadCountDoesNotMatter() {
        int len = 3 * system.getNumParticles();
        EnergyBatch one;
        EnergyBatch two;
        double[] single = new double[FRAMES];
        try (EnergyEvaluator e1 = new EnergyEvaluator(system, reference(1));
             EnergyEvaluator e2 = new EnergyEvaluator(system, reference(2))) {
            one = e1.energiesAndForces(frames);
            two = e2.energiesAndForces(frames);
            for (int f = 0; f < FRAMES; f++) {
                double[] frame = new double[len];
                System.arraycopy(frames, f * len, frame, 0, len);
                single[f] = e1.energies(frame).potentialKjPerMol()[0];
            }
        }
        assertArrayEquals(one.potentialKjPerMol(), two.potentialKjPerMol(), 0.0);
        assertArrayEquals(one.reduced(), two.reduced(), 0.0);
        assertArrayEquals(one.forces().orElseThrow(), two.forces().orElseThrow(), 0.0);
        assertArrayEquals(single, one.potentialKjPerMol(), 0.0);
        assertEquals(0, one.numFailed());
        // the frames really differ, and u = E / (R T) with R = 0.00831446261815324 kJ/mol/K
        assertNotEquals(one.potentialKjPerMol()[0], one.potentialKjPerMol()[1]);
        assertEquals(one.potentialKjPerMol()[7] / (0.00831446261815324 * 300), one.reduced()[7], 1e-12);
    }

    @Test
    void matchesAPlainContext() {
        int len = 3 * system.getNumParticles();
        double[] frame = new double[len];
        System.arraycopy(frames, 5 * len, frame, 0, len);
        try (EnergyEvaluator e = new EnergyEvaluator(system, reference(1));
             OpenMMContext ctx = new OpenMMContext(system, "Reference")) {
            ctx.setPositions(frame);
            assertEquals(ctx.getPotentialEnergy(), e.energies(frame).potentialKjPerMol()[0], 0.0);
            assertArrayEquals(ctx.getForces(), e.energiesAndForces(frame).forces().orElseThrow(), 0.0);
        }
    }

    @Test
    void nanFrameGivesInfinityAndIsCounted() {
        int len = 3 * system.getNumParticles();
        double[] batch = new double[3 * len];
        System.arraycopy(frames, 0, batch, 0, 3 * len);
        batch[len + 4] = Double.NaN; // frame 1
        try (EnergyEvaluator e = new EnergyEvaluator(system, reference(2))) {
            EnergyBatch b = e.energies(batch);
            assertArrayEquals(new int[] {1}, b.failedFrames());
            assertEquals(Double.POSITIVE_INFINITY, b.reduced()[1]);
            assertEquals(Double.POSITIVE_INFINITY, b.potentialKjPerMol()[1]);
            assertTrue(Double.isFinite(b.reduced()[0]) && Double.isFinite(b.reduced()[2]));
            // the frame after the failure is not stale: same as evaluating it alone
            double[] third = new double[len];
            System.arraycopy(batch, 2 * len, third, 0, len);
            assertEquals(e.energies(third).reduced()[0], b.reduced()[2], 0.0);
            assertEquals(1, e.failedFrames());
        }
    }

    @Test
    void badBatchShapeIsRejected() {
        try (EnergyEvaluator e = new EnergyEvaluator(system, reference(1))) {
            assertThrows(IllegalArgumentException.class, () -> e.energies(new double[3 * 22 + 1]));
            assertEquals(0, e.energies(new double[0]).numFrames());
        }
    }

    @Test
    void smallSystemsGoToReference() {
        try (EnergyEvaluator e = new EnergyEvaluator(system, EnergyOptions.at(300))) {
            assertEquals("Reference", e.platform());
        }
    }
}
