package org.arbg.adapters.io;

import org.arbg.adapters.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolvatedXtcTest {
    @TempDir
    Path dir;

    @Test
    void solvatedDcdToXtcThroughTheFactory() throws IOException {
        Path src = TestData.path("trajectories/ala_dipeptide.dcd");
        Path out = dir.resolve("solv.xtc");
        var top = PdbTest.topologyOf(TestData.path("reference/pdb/openmm_frame0_3models.pdb"));
        // the factory only needs the atom count for XTC; a 1234-atom topology is built from repeated residues
        var b = new org.arbg.adapters.topology.TopologyBuilder();
        b.addChain("A");
        for (int i = 0; i < 1234; i++) {
            if (i % top.numAtoms() == 0) {
                b.addResidue("UNK", i / top.numAtoms() + 1, "");
            }
            b.addAtom("X", org.arbg.adapters.topology.Element.O);
        }
        var big = b.build();
        List<double[]> frames;
        List<UnitCell> cells = new java.util.ArrayList<>();
        try (TrajectoryReader r = Trajectories.openReader(src, 1234);
             TrajectoryWriter w = Trajectories.openWriter(out, big)) {
            frames = new java.util.ArrayList<>();
            double[] x = new double[3 * 1234];
            while (r.readFrame(x)) {
                frames.add(x.clone());
                cells.add(r.unitCell().orElseThrow());
                w.writeFrame(x, r.unitCell().orElseThrow());
            }
        }
        try (TrajectoryReader r = Trajectories.openReader(out, 1234)) {
            double[] x = new double[3 * 1234];
            for (int f = 0; f < frames.size(); f++) {
                assertTrue(r.readFrame(x));
                for (int i = 0; i < x.length; i++) {
                    assertEquals(frames.get(f)[i], x[i], 5.1e-4);
                }
                assertArrayEquals(cells.get(f).lengthsNm(), r.boxNm().orElseThrow(), 1e-6);
            }
            assertFalse(r.readFrame(x));
        }
    }
}
