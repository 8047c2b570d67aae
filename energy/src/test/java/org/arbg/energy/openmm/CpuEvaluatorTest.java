package org.arbg.energy.openmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.arbg.adapters.amber.InpcrdFile;
import org.arbg.energy.EnergyTestData;
import org.arbg.energy.system.AmberSystemBuilder;
import org.arbg.energy.system.AmberSystemOptions;
import org.arbg.energy.system.ImplicitSolvent;
import org.junit.jupiter.api.Test;

/** CustomGBForce Systems go to the CPU platform, whose (mixed-precision) energies agree with Reference. */
class CpuEvaluatorTest {
    @Test
    void customGbOnCpuAgreesWithReference() {
        double[] x0 = InpcrdFile.read(EnergyTestData.path("topologies/alanine-dipeptide-implicit.inpcrd")).positionsNm();
        Random rng = new Random(7);
        int n = 20;
        double[] frames = new double[n * x0.length];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = x0[i % x0.length] + 0.003 * rng.nextGaussian();
        }
        try (OpenMMSystem system = AmberSystemBuilder.build(
                EnergyTestData.path("topologies/alanine-dipeptide-implicit.prmtop"),
                AmberSystemOptions.defaults().withImplicitSolvent(ImplicitSolvent.GBN2))) {
            EnergyBatch ref;
            EnergyBatch cpu;
            EnergyBatch cpu2;
            try (EnergyEvaluator r = new EnergyEvaluator(system, EnergyOptions.at(300).withPlatform("Reference"));
                 EnergyEvaluator c = new EnergyEvaluator(system, EnergyOptions.at(300));
                 EnergyEvaluator c2 = new EnergyEvaluator(system, EnergyOptions.at(300).withThreads(2))) {
                assertEquals("CPU", c.platform());
                ref = r.energies(frames);
                cpu = c.energies(frames);
                cpu2 = c2.energies(frames);
            }
            for (int f = 0; f < n; f++) {
                double e = ref.potentialKjPerMol()[f];
                assertEquals(e, cpu.potentialKjPerMol()[f], 1e-4 * Math.abs(e) + 1e-3, "frame " + f);
                assertEquals(cpu.potentialKjPerMol()[f], cpu2.potentialKjPerMol()[f], 1e-6 * Math.abs(e), "frame " + f);
            }
        }
    }

    @Test
    void throughputHelperReportsBothTimings() {
        double[] x0 = InpcrdFile.read(EnergyTestData.path("topologies/alanine-dipeptide-implicit.inpcrd")).positionsNm();
        double[] frames = new double[10 * x0.length];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = x0[i % x0.length];
        }
        try (OpenMMSystem system = AmberSystemBuilder.build(
                EnergyTestData.path("topologies/alanine-dipeptide-implicit.prmtop"), AmberSystemOptions.defaults())) {
            EnergyThroughput.Result r = EnergyThroughput.measure(system, "Reference", frames, 2);
            assertEquals(10, r.frames());
            assertEquals(22, r.numAtoms());
            assertTrue(r.microsJni() > 0 && r.microsNative() > 0, r.toString());
        }
    }
}
