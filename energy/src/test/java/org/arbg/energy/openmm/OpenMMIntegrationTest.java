package org.arbg.energy.openmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The native library, a hand-built System and Contexts on Reference and CPU. */
class OpenMMIntegrationTest {
    // one bond: r0 = 0.1 nm, k = 1000 kJ/mol/nm^2, stretched to r = 0.15 nm along x
    private static final double R0 = 0.1;
    private static final double K = 1000.0;
    private static final double[] POSITIONS = {0, 0, 0, 0.15, 0, 0};

    static OpenMMSystem twoParticleBond() {
        OpenMMSystem system = OpenMMSystem.create();
        system.addParticle(12.0);
        system.addParticle(16.0);
        OpenMMNative.HarmonicBondForce bond = new OpenMMNative.HarmonicBondForce();
        bond.addBond(0, 1, R0, K);
        system.addForce(bond);
        return system;
    }

    @Test
    void libraryReportsVersionAndPlatforms() {
        OpenMMLibrary lib = OpenMMLibrary.load();
        assertTrue(lib.openmmVersion().startsWith("7."), lib.openmmVersion());
        assertTrue(lib.hasPlatform("Reference"));
        assertTrue(lib.hasPlatform("CPU"), "CPU plugin did not load: " + lib.pluginLoadFailures());
        assertEquals(lib, OpenMMLibrary.load());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reference", "CPU"})
    void harmonicBondEnergyAndForcesByHand(String platform) {
        // E = 1/2 k (r - r0)^2 = 0.5 * 1000 * 0.05^2 = 1.25 kJ/mol; F on atom 1 = -k (r - r0) = -50 along x
        double tol = platform.equals("Reference") ? 1e-12 : 1e-5;
        try (OpenMMSystem system = twoParticleBond();
             OpenMMContext ctx = new OpenMMContext(system, platform, Map.of())) {
            ctx.setPositions(POSITIONS);
            assertEquals(1.25, ctx.getPotentialEnergy(), 1.25 * tol);
            double[] f = ctx.getForces();
            assertEquals(50.0, f[0], 50 * tol);
            assertEquals(-50.0, f[3], 50 * tol);
            for (int i : new int[] {1, 2, 4, 5}) {
                assertEquals(0.0, f[i], 1e-9);
            }
        }
    }

    @Test
    void xmlRoundTripKeepsParticlesForcesAndEnergy() {
        try (OpenMMSystem system = twoParticleBond()) {
            String xml = system.toXml();
            assertTrue(xml.contains("HarmonicBondForce"), xml);
            try (OpenMMSystem copy = OpenMMSystem.fromXml(xml, "round trip");
                 OpenMMContext ctx = new OpenMMContext(copy, "Reference")) {
                assertEquals(2, copy.getNumParticles());
                assertEquals(16.0, copy.getParticleMass(1));
                assertEquals(system.forceNames(), copy.forceNames());
                assertEquals(xml, copy.toXml());
                ctx.setPositions(POSITIONS);
                assertEquals(1.25, ctx.getPotentialEnergy(), 1e-12);
            }
        }
    }

    @Test
    void systemRefusesToCloseUnderAnOpenContext() {
        OpenMMSystem system = twoParticleBond();
        OpenMMContext ctx = new OpenMMContext(system, "Reference");
        assertThrows(IllegalStateException.class, system::close);
        ctx.close();
        system.close();
    }

    @Test
    void wrongFrameLengthIsRejected() {
        try (OpenMMSystem system = twoParticleBond(); OpenMMContext ctx = new OpenMMContext(system, "Reference")) {
            assertThrows(IllegalArgumentException.class, () -> ctx.setPositions(new double[5]));
        }
    }
}
