package org.arbg.plugin.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyJson;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.Main;
import org.arbg.workflows.generator.Generator;
import org.arbg.workflows.pipeline.Bundle;
import org.arbg.workflows.pipeline.BundledDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled defaults in test-data are what {@code arbg run} needs: the recorded structure prepares (with the
 * defaults) to exactly the bundle's system, so the bundle is found; the model belongs to that system's
 * Z-matrix; the reference and MD trajectories have its atoms.
 */
class BundledDefaultsTest {
    @TempDir
    Path tmp;

    @Test
    void everyBundleBelongsToTheSystemItsStructurePreparesTo() throws Exception {
        Path root = Path.of(Objects.requireNonNull(System.getProperty("arbg.testData")));
        List<Bundle> bundles = BundledDefaults.list(root);
        assertFalse(bundles.isEmpty(), "test-data holds the alanine dipeptide default");
        for (Bundle b : bundles) {
            assertTrue(b.structure().isPresent(), b.name() + ": bundle.json records its structure");
            Path prepared = tmp.resolve(b.system().getParent().getFileName());
            assertEquals(ExitCode.OK, Main.run(new String[] {"prepare", "--pdb", b.structure().get().toString(),
                "--out", prepared.toString(), "--quiet"}));
            Optional<Bundle> found = BundledDefaults.forSystem(root, prepared);
            assertTrue(found.isPresent(), b.name() + ": arbg run finds the bundle for its own structure");
            assertEquals(b.system(), found.get().system());

            Topology topology = TopologyJson.read(b.system().resolve(SystemDirectory.TOPOLOGY_JSON));
            try (Generator g = Generator.open(b.model(), topology, 1)) {
                assertEquals(3 * topology.numAtoms() - 6, g.spec().numTokens());
            }
            assertHasFrames(b.reference(), topology.numAtoms());
            if (b.md().isPresent()) {
                assertHasFrames(b.md().get(), topology.numAtoms());
            }
        }
    }

    private static void assertHasFrames(Path file, int atoms) throws Exception {
        try (TrajectoryReader r = Trajectories.openReader(file, atoms)) {
            assertTrue(r.readFrame(new double[3 * atoms]), file + " holds frames of " + atoms + " atoms");
        }
    }
}
