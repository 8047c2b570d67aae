package org.arbg.energy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.arbg.adapters.amber.InpcrdFile;
import org.arbg.energy.EnergyTestData;
import org.arbg.energy.ReferenceStates;
import org.arbg.energy.openmm.OpenMMContext;
import org.arbg.energy.openmm.OpenMMSystem;
import org.junit.jupiter.api.Test;

class SystemLoaderTest {
    @Test
    void loadsASystemSerializedByOpenMM() throws IOException {
        double[] x = InpcrdFile.read(EnergyTestData.path("topologies/alanine-dipeptide-implicit.inpcrd")).positionsNm();
        double expected = ReferenceStates.energy(EnergyTestData.path("reference/aldp-implicit-inpcrd/GBn2_NoCutoff.xml"));
        try (OpenMMSystem system = SystemLoader.load(EnergyTestData.path("reference/aldp-implicit-gbn2.system.xml"), 22);
             OpenMMContext ctx = new OpenMMContext(system, "Reference")) {
            ctx.setPositions(x);
            assertEquals(expected, ctx.getPotentialEnergy(), 1e-9 * Math.abs(expected));
        }
    }

    @Test
    void builtAndSerializedSystemsAgree() throws IOException {
        double[] x = InpcrdFile.read(EnergyTestData.path("topologies/alanine-dipeptide-implicit.inpcrd")).positionsNm();
        try (OpenMMSystem loaded = SystemLoader.load(EnergyTestData.path("reference/aldp-implicit-gbn2.system.xml"));
             OpenMMSystem built = AmberSystemBuilder.build(EnergyTestData.path("topologies/alanine-dipeptide-implicit.prmtop"),
                     AmberSystemOptions.defaults().withImplicitSolvent(ImplicitSolvent.GBN2))) {
            assertEquals(loaded.forceNames(), built.forceNames());
            try (OpenMMSystem roundTrip = OpenMMSystem.fromXml(built.toXml(), "built");
                 OpenMMContext ctx = new OpenMMContext(roundTrip, "Reference")) {
                ctx.setPositions(x);
                double expected = ReferenceStates.energy(
                        EnergyTestData.path("reference/aldp-implicit-inpcrd/GBn2_NoCutoff.xml"));
                assertEquals(expected, ctx.getPotentialEnergy(), 1e-9 * Math.abs(expected));
            }
        }
    }
}
