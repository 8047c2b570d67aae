package org.arbg.workflows.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.arbg.energy.openmm.OpenMMContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built peptides are accepted by amber99sbildn + amber99_obc and minimise to a finite, lower energy. */
class BuiltPeptideForceFieldTest {
    @TempDir
    Path dir;

    @Test
    void cappedTrialanine() throws Exception {
        check("ACE ALA ALA ALA NME", 42);
    }

    @Test
    void zwitterionicHexaalanine() throws Exception {
        check("ALA*6", 63);
    }

    private void check(String sequence, int atoms) throws Exception {
        try (BenchSystem s = BenchSystems.built("test", sequence, dir)) {
            assertEquals(atoms, s.prepared().system().getNumParticles());
            assertTrue(Double.isFinite(s.energyBeforeKjMol()), "built energy " + s.energyBeforeKjMol());
            assertTrue(s.energyAfterKjMol() < s.energyBeforeKjMol());
            try (OpenMMContext ctx = new OpenMMContext(s.prepared().system(), "Reference", Map.of())) {
                ctx.setPositions(s.minimised().positionsNm());
                assertEquals(s.energyAfterKjMol(), ctx.getPotentialEnergy(), 1e-6 * Math.abs(s.energyAfterKjMol()));
            }
        }
    }
}
