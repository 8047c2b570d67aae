package org.arbg.energy.forcefield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbg.adapters.topology.Structure;
import org.arbg.energy.openmm.OpenMMContext;
import org.arbg.energy.openmm.OpenMMSystem;
import org.arbg.energy.system.ForceFieldSystemFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Energies of Systems built from force-field XML through the OpenMM bindings, per force, against the energies
 * OpenMM's own createSystem gave at the PDB positions (Reference platform), to 1e-6 relative.
 */
class ForceFieldEnergyTest {
    private static final double REL = 1e-6;

    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void energyOfEveryForceMatchesOpenMM(ReferenceCase c) throws Exception {
        Structure s = c.structure();
        SystemParameters p = ForceField.load(c.forceFields).createSystemParameters(s.topology(), c.options);
        Map<String, Double> expected = new HashMap<>();
        for (String[] e : TestPdb.referenceEnergies(c.json())) {
            expected.put(e[0], Double.parseDouble(e[1]));
        }
        Map<String, SystemParameters> parts = new HashMap<>();
        double[] m = p.massesAmu();
        List<HarmonicBond> noBonds = List.of();
        parts.put("HarmonicBondForce", only(m, p.bonds(), List.of(), List.of(), Optional.empty(), Optional.empty()));
        parts.put("HarmonicAngleForce", only(m, noBonds, p.angles(), List.of(), Optional.empty(), Optional.empty()));
        parts.put("PeriodicTorsionForce", only(m, noBonds, List.of(), p.torsions(), Optional.empty(), Optional.empty()));
        parts.put("NonbondedForce", only(m, noBonds, List.of(), List.of(), p.nonbonded(), Optional.empty()));
        String gbName = p.implicitSolvent().orElseThrow() instanceof GbsaObcParameters ? "GBSAOBCForce" : "CustomGBForce";
        parts.put(gbName, only(m, noBonds, List.of(), List.of(), Optional.empty(), p.implicitSolvent()));
        assertEquals(expected.keySet().size() - 1, parts.size(), "forces besides CMMotionRemover: " + expected.keySet());
        for (Map.Entry<String, SystemParameters> part : parts.entrySet()) {
            double want = expected.get(part.getKey());
            double got = energy(part.getValue(), s);
            assertTrue(Math.abs(want - got) <= REL * Math.abs(want),
                    c + " " + part.getKey() + ": OpenMM " + want + " kJ/mol, arbg " + got);
        }
        double total = expected.values().stream().mapToDouble(Double::doubleValue).sum();
        double got = energy(p, s);
        assertTrue(Math.abs(total - got) <= REL * Math.abs(total), c + " total: OpenMM " + total + ", arbg " + got);
    }

    @ParameterizedTest
    @EnumSource(ReferenceCase.class)
    void forcesComeInOpenMMsOrder(ReferenceCase c) throws Exception {
        Structure s = c.structure();
        SystemParameters p = ForceField.load(c.forceFields).createSystemParameters(s.topology(), c.options);
        List<String> expected = TestPdb.referenceEnergies(c.json()).stream().map(e -> e[0]).toList();
        try (OpenMMSystem system = ForceFieldSystemFactory.create(p, s.topology())) {
            assertEquals(expected, system.forceNames());
        }
    }

    private static SystemParameters only(double[] masses, List<HarmonicBond> bonds, List<HarmonicAngle> angles,
                                         List<PeriodicTorsion> torsions, Optional<NonbondedParameters> nb,
                                         Optional<ImplicitSolventParameters> gb) {
        return new SystemParameters(masses, bonds, angles, torsions, Optional.empty(), nb, gb, false);
    }

    private static double energy(SystemParameters p, Structure s) {
        try (OpenMMSystem system = ForceFieldSystemFactory.create(p, s.topology());
             OpenMMContext ctx = new OpenMMContext(system, "Reference")) {
            ctx.setPositions(s.positionsNm());
            return ctx.getPotentialEnergy();
        }
    }
}
