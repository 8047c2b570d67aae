package org.arbg.energy.forcefield;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.arbg.adapters.pdb.PdbReadOptions;
import org.arbg.adapters.pdb.PdbTopologyReader;
import org.arbg.adapters.topology.Structure;
import org.arbg.energy.openmm.OpenMMContext;
import org.arbg.energy.openmm.OpenMMSystem;
import org.arbg.energy.system.ForceFieldSystemFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The product path: PDB file → arbg's PDB reader → force field → OpenMM System, against OpenMM's total energy. */
class ForceFieldPdbReaderTest {
    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void totalEnergyFromThePdbReaderMatchesOpenMM(ReferenceCase c) throws Exception {
        Structure s = new PdbTopologyReader().read(TestPdb.testData(c.pdb), PdbReadOptions.defaults());
        SystemParameters p = ForceField.load(c.forceFields).createSystemParameters(s.topology(), c.options, c.pdb);
        double expected = TestPdb.referenceEnergies(c.json()).stream().mapToDouble(e -> Double.parseDouble(e[1])).sum();
        try (OpenMMSystem system = ForceFieldSystemFactory.create(p, s.topology());
             OpenMMContext ctx = new OpenMMContext(system, "Reference")) {
            ctx.setPositions(s.positionsNm());
            double got = ctx.getPotentialEnergy();
            assertTrue(Math.abs(expected - got) <= 1e-6 * Math.abs(expected), c + ": OpenMM " + expected + ", arbg " + got);
        }
    }
}
