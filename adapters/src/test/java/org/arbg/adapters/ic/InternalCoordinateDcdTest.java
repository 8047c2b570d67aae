package org.arbg.adapters.ic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;

import org.arbg.adapters.TestData;
import org.arbg.adapters.io.DcdReader;
import org.arbg.adapters.topology.Topology;
import org.junit.jupiter.api.Test;

/** The IC transform on the 501 frames of frame0.dcd, read by the adapters.io DCD reader. */
class InternalCoordinateDcdTest {

    @Test
    void roundTripAndAgreementWithThePdbCopyOfTheSameTrajectory() throws IOException {
        Topology t = IcTestData.aldp().topology();
        double[] xyz;
        int frames = 0;
        try (DcdReader r = DcdReader.open(TestData.path("trajectories/frame0.dcd"))) {
            assertEquals(22, r.numAtoms());
            xyz = new double[600 * 66];
            double[] one = new double[66];
            while (r.readFrame(one)) {
                System.arraycopy(one, 0, xyz, frames++ * 66, 66);
            }
        }
        assertEquals(501, frames);
        xyz = Arrays.copyOf(xyz, frames * 66);
        InternalCoordinateTransform tr = new InternalCoordinateTransform(ZMatrix.fromTopology(t));
        InternalFrames ic = tr.toInternal(xyz, frames);
        CartesianFrames back = tr.toCartesian(ic.values(), frames);
        for (int f = 0; f < frames; f++) {
            assertTrue(RigidSuperposition.maxDeviation(IcTestData.frame(back.positionsNm(), 22, f),
                    IcTestData.frame(xyz, 22, f)) < 1e-6, "frame " + f);
        }
        // mdtraj's PDB copy of the trajectory differs from the DCD by up to 0.01 Å (checked with numpy: 28% of
        // the coordinates differ by one unit in the second decimal, e.g. 8.5 vs 8.49 Å), so: equal to 1e-3 nm
        double[] pdb = IcTestData.aldpFrames();
        double maxDiff = 0;
        for (int i = 0; i < xyz.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(xyz[i] - pdb[i]));
        }
        assertTrue(maxDiff < 1.001e-3, "DCD and PDB frames differ by " + maxDiff + " nm");
    }
}
