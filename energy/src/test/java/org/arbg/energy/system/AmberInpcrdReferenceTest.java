package org.arbg.energy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.arbg.adapters.amber.InpcrdFile;
import org.arbg.adapters.amber.PrmtopFile;
import org.arbg.energy.EnergyTestData;
import org.arbg.energy.ReferenceStates;
import org.arbg.energy.openmm.OpenMMContext;
import org.arbg.energy.openmm.OpenMMSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * prmtop + inpcrd against energies and forces from OpenMM's own createSystem for the same options
 * (test-data/reference/aldp-implicit-inpcrd, made as test-data/reference/README.md says).
 */
class AmberInpcrdReferenceTest {
    static Stream<Arguments> cases() {
        AmberSystemOptions d = AmberSystemOptions.defaults();
        return Stream.of(
                Arguments.of("vacuum_NoCutoff", d),
                Arguments.of("vacuum_CutoffNonPeriodic_0.9", d.withCutoffNonPeriodic(0.9)),
                Arguments.of("HCT_NoCutoff", d.withImplicitSolvent(ImplicitSolvent.HCT)),
                Arguments.of("OBC1_CutoffNonPeriodic_2.0", d.withImplicitSolvent(ImplicitSolvent.OBC1).withCutoffNonPeriodic(2.0)),
                Arguments.of("OBC2_NoCutoff", d.withImplicitSolvent(ImplicitSolvent.OBC2)),
                Arguments.of("OBC2_NoCutoff_noSA", d.withImplicitSolvent(ImplicitSolvent.OBC2).withSurfaceArea(SurfaceAreaModel.NONE)),
                Arguments.of("OBC2_NoCutoff_Salt0.15_310K", d.withImplicitSolvent(ImplicitSolvent.OBC2).withSalt(0.15).withTemperature(310)),
                Arguments.of("GBn_NoCutoff_Salt0.5", d.withImplicitSolvent(ImplicitSolvent.GBN).withSalt(0.5)),
                Arguments.of("GBn2_NoCutoff", d.withImplicitSolvent(ImplicitSolvent.GBN2)),
                Arguments.of("GBn2_CutoffNonPeriodic_1.5_diel", d.withImplicitSolvent(ImplicitSolvent.GBN2)
                        .withCutoffNonPeriodic(1.5).withDielectrics(2.0, 80.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void energyAndForcesMatchOpenMMCreateSystem(String name, AmberSystemOptions options) throws IOException {
        PrmtopFile prmtop = PrmtopFile.read(EnergyTestData.path("topologies/alanine-dipeptide-implicit.prmtop"));
        InpcrdFile inpcrd = InpcrdFile.read(EnergyTestData.path("topologies/alanine-dipeptide-implicit.inpcrd"));
        inpcrd.requireNumAtoms(prmtop.numAtoms(), prmtop.source());
        Path ref = EnergyTestData.path("reference/aldp-implicit-inpcrd/" + name + ".xml");
        try (OpenMMSystem system = AmberSystemBuilder.build(prmtop, options);
             OpenMMContext ctx = new OpenMMContext(system, "Reference")) {
            ctx.setPositions(inpcrd.positionsNm());
            double expected = ReferenceStates.energy(ref);
            assertEquals(expected, ctx.getPotentialEnergy(), 1e-9 * Math.abs(expected), name);
            double error = ReferenceStates.relativeRmsError(ctx.getForces(), ReferenceStates.forces(ref));
            assertTrue(error < 1e-9, name + ": relative RMS force error " + error);
        }
    }
}
