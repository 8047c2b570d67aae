package org.arbg.energy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;

import org.arbg.adapters.amber.PrmtopFile;
import org.arbg.energy.EnergyTestData;
import org.arbg.energy.PdbCoordinates;
import org.arbg.energy.ReferenceStates;
import org.arbg.energy.openmm.OpenMMContext;
import org.arbg.energy.openmm.OpenMMSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The prmtop path against the forces OpenMM's own test suite stores (TestAmberPrmtopFile.test_ImplicitSolventForces):
 * alanine-dipeptide-implicit.prmtop at the coordinates of alanine-dipeptide-implicit.pdb (test-data/structures/
 * aldp-old-names.pdb), default cutoff 1 nm for the NonPeriodic cases, 0.5 M salt for the Salt cases.
 */
class AmberReferenceForcesTest {
    static Stream<Arguments> cases() {
        AmberSystemOptions base = AmberSystemOptions.defaults();
        return Stream.of(
                Arguments.of("HCT_NoCutoff", base.withImplicitSolvent(ImplicitSolvent.HCT), "CustomGBForce"),
                Arguments.of("OBC1_NonPeriodic", base.withImplicitSolvent(ImplicitSolvent.OBC1)
                        .withCutoffNonPeriodic(1.0), "CustomGBForce"),
                Arguments.of("OBC2_NonPeriodic_Salt", base.withImplicitSolvent(ImplicitSolvent.OBC2)
                        .withCutoffNonPeriodic(1.0).withSalt(0.5), "CustomGBForce"),
                Arguments.of("GBn_NoCutoff_Salt", base.withImplicitSolvent(ImplicitSolvent.GBN).withSalt(0.5),
                        "CustomGBForce"),
                Arguments.of("GBn2_NoCutoff", base.withImplicitSolvent(ImplicitSolvent.GBN2), "CustomGBForce"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void forcesMatchOpenMMReference(String name, AmberSystemOptions options, String gbForce) throws IOException {
        PrmtopFile prmtop = PrmtopFile.read(EnergyTestData.path("topologies/alanine-dipeptide-implicit.prmtop"));
        double[] positions = PdbCoordinates.readNm(EnergyTestData.path("structures/aldp-old-names.pdb"));
        double[] reference = ReferenceStates.forces(
                EnergyTestData.path("topologies/alanine-dipeptide-implicit-forces/" + name + ".xml"));
        try (OpenMMSystem system = AmberSystemBuilder.build(prmtop, options);
             OpenMMContext ctx = new OpenMMContext(system, "Reference")) {
            assertEquals(22, system.getNumParticles());
            assertTrue(system.forceNames().contains(gbForce), system.forceNames().toString());
            ctx.setPositions(positions);
            double error = ReferenceStates.relativeRmsError(ctx.getForces(), reference);
            assertTrue(error < 1e-4, name + ": relative RMS force error " + error);
        }
    }
}
