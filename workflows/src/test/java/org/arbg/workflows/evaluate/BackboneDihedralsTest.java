package org.arbg.workflows.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.pdb.PdbReadOptions;
import org.arbg.adapters.pdb.PdbTopologyReader;
import org.arbg.adapters.topology.Topology;
import org.arbg.workflows.WorkflowTestData;
import org.junit.jupiter.api.Test;

/** φ/ψ against numpy's values in test-data/reference/frame0-geometry.tsv (computed from frame0.pdb). */
class BackboneDihedralsTest {
    private static BackboneDihedrals aldp() {
        Topology top = new PdbTopologyReader().read(WorkflowTestData.path("trajectories/frame0.pdb"),
                PdbReadOptions.defaults()).topology();
        return BackboneDihedrals.of(top);
    }

    @Test
    void alanineDipeptideHasOnePhiAndOnePsiOverTheCaps() {
        BackboneDihedrals bb = aldp();
        assertEquals(List.of("phi ALA 2", "psi ALA 2"), bb.labels());
        // C(ACE)=4, N=6, CA=8, C=14, N(NME)=16 (0-based)
        assertArrayEquals(new int[] {4, 6, 8, 14}, bb.torsions().get(0).atoms());
        assertArrayEquals(new int[] {6, 8, 14, 16}, bb.torsions().get(1).atoms());
    }

    @Test
    void sameAnglesAsNumpyOnThePdbFramesTheReferenceWasMadeFrom() throws Exception {
        double[] diffs = differences("trajectories/frame0.pdb");
        assertTrue(max(diffs) < 1e-9, "largest φ/ψ difference " + max(diffs) + " rad");
    }

    @Test
    void dcdFramesAgreeUpToThePdbRounding() throws Exception {
        // the PDB prints 0.001 nm and ~28% of its values 0.001 nm low, so the DCD's angles differ by a few
        // mrad (a 0.001 nm shift across a 0.15 nm bond is ~7 mrad); the formula itself is checked above
        double[] diffs = differences("trajectories/frame0.dcd");
        Arrays.sort(diffs);
        assertTrue(diffs[diffs.length / 2] < 0.01, "median difference " + diffs[diffs.length / 2]);
        assertTrue(max(diffs) < 0.05, "largest difference " + max(diffs));
    }

    @Test
    void piMapsToMinusPiAndTheSignIsIupac() {
        assertEquals(-Math.PI, Dihedral.halfOpen(Math.PI));
        double[] trans = {1, 1, 0, 0, 0, 0, 1, 0, 0, 0, -1, 0};
        assertEquals(-Math.PI, Dihedral.angle(trans, 0, 1, 2, 3), 1e-12);
        // looking down b→c, d is turned clockwise from a by 90°: +π/2
        double[] ninety = {0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1};
        assertEquals(Math.PI / 2, Dihedral.angle(ninety, 0, 1, 2, 3), 1e-12);
    }

    /** |Δ| on the circle between our φ, ψ of every frame of {@code trajectory} and the reference. */
    private static double[] differences(String trajectory) throws Exception {
        BackboneDihedrals bb = aldp();
        List<double[]> expected = reference();
        assertEquals(501, expected.size());
        double[] diffs = new double[2 * expected.size()];
        try (TrajectoryReader r = Trajectories.openReader(WorkflowTestData.path(trajectory), 22)) {
            double[] xyz = new double[66];
            int f = 0;
            while (r.readFrame(xyz)) {
                double[] a = bb.compute(xyz);
                for (int k = 0; k < 2; k++) {
                    assertTrue(a[k] >= -Math.PI && a[k] < Math.PI, "half-open range");
                    diffs[2 * f + k] = torusDistance(a[k], expected.get(f)[k]);
                }
                f++;
            }
            assertEquals(501, f);
        }
        return diffs;
    }

    private static List<double[]> reference() throws Exception {
        Path tsv = WorkflowTestData.path("reference/frame0-geometry.tsv");
        return Files.readAllLines(tsv).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t"))
                .map(f -> new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])}).toList();
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static double torusDistance(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return Math.min(d, 2 * Math.PI - d);
    }
}
