package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdbTest {
    @TempDir
    Path dir;

    /** A topology from the first model's ATOM/HETATM lines (names, residues, chain, element columns). */
    static Topology topologyOf(Path pdb) throws IOException {
        TopologyBuilder b = new TopologyBuilder();
        String chain = null;
        String residueKey = null;
        for (String line : Files.readAllLines(pdb)) {
            if (line.startsWith("ENDMDL")) {
                break;
            }
            if (!(line.startsWith("ATOM") || line.startsWith("HETATM"))) {
                continue;
            }
            String c = line.substring(21, 22);
            if (!c.equals(chain)) {
                b.addChain(c);
                chain = c;
                residueKey = null;
            }
            String key = line.substring(17, 27);
            if (!key.equals(residueKey)) {
                b.addResidue(line.substring(17, 20), Integer.parseInt(line.substring(22, 26).trim()), "");
                residueKey = key;
            }
            b.addAtom(line.substring(12, 16), Element.bySymbol(line.substring(76, 78)).orElseThrow());
        }
        return b.build();
    }

    @Test
    void writesOpenMmLayout() throws IOException {
        Path ref = TestData.path("reference/pdb/openmm_frame0_3models.pdb");
        Topology top = topologyOf(ref);
        assertEquals(22, top.numAtoms());
        Path out = dir.resolve("mine.pdb");
        try (TrajectoryReader r = Trajectories.openReader(ref, 22);
             TrajectoryWriter w = Trajectories.openWriter(out, top)) {
            double[] x = new double[66];
            while (r.readFrame(x)) {
                w.writeFrame(x, r.unitCell().orElseThrow());
            }
            assertEquals(3, w.framesWritten());
        }
        assertEquals(records(ref), records(out));
    }

    private static List<String> records(Path p) throws IOException {
        return Files.readAllLines(p).stream()
                .filter(l -> l.startsWith("ATOM") || l.startsWith("HETATM") || l.startsWith("TER")
                        || l.startsWith("MODEL") || l.startsWith("ENDMDL") || l.startsWith("CRYST1"))
                .map(l -> l.startsWith("CRYST1") ? "CRYST1" + l.substring(6) : l)
                .distinct() // OpenMM writes CRYST1 once, arbg before every model that has a cell
                .toList();
    }

    @Test
    void readsModelsSeparatedOnlyByEndmdl() throws IOException {
        try (PdbTrajectoryReader r = PdbTrajectoryReader.open(TestData.path("trajectories/multiframe.pdb"))) {
            assertEquals(22, r.numAtoms());
            List<double[]> frames = DcdTest.readAll(r);
            assertTrue(frames.size() >= 2, "frames: " + frames.size());
            assertArrayEquals(new double[] {0.43, 1.31, 0.86}, java.util.Arrays.copyOf(frames.get(0), 3), 1e-12);
            assertTrue(r.unitCell().isEmpty());
        }
    }

    @Test
    void singleModelWithBoxMatchesDcdFrame() throws IOException {
        try (TrajectoryReader pdb = Trajectories.openReader(TestData.path("trajectories/ala_dipeptide.pdb"), 1234);
             TrajectoryReader dcd = Trajectories.openReader(TestData.path("trajectories/ala_dipeptide.dcd"), 1234)) {
            // mdtraj wrote two models separated only by END records; each END closes a frame
            double[] a = new double[3 * 1234];
            double[] b = new double[3 * 1234];
            double max = 0;
            for (int f = 0; f < 2; f++) {
                assertTrue(pdb.readFrame(a));
                assertTrue(dcd.readFrame(b));
                for (int i = 0; i < a.length; i++) {
                    max = Math.max(max, Math.abs(a[i] - b[i]));
                }
            }
            assertFalse(pdb.readFrame(a));
            assertArrayEquals(new double[] {2.3298, 2.3298, 2.3298}, pdb.boxNm().orElseThrow(), 1e-9);
            assertTrue(max < 1e-4, "max |pdb - dcd| = " + max);
        }
    }

    @Test
    void toleratesShortLinesAndRejectsBadNumbers() throws IOException {
        Path p = dir.resolve("short.pdb");
        Files.writeString(p, "ATOM      1  N   ALA A   1       1.000   2.000   3.0\n"
                + "ATOM      2  CA  ALA A   1       4.000   5.000   6\n");
        try (PdbTrajectoryReader r = PdbTrajectoryReader.open(p)) {
            double[] x = new double[6];
            assertTrue(r.readFrame(x));
            assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, x, 1e-12);
        }
        Files.writeString(p, "MODEL 1\nATOM      1  N   ALA A   1       1.000   2.000   3.000\nENDMDL\n"
                + "MODEL 2\nATOM      1  N   ALA A   1       1.000   2.0x0   3.000\nENDMDL\n");
        try (PdbTrajectoryReader r = PdbTrajectoryReader.open(p)) {
            double[] x = new double[3];
            assertTrue(r.readFrame(x));
            BadInputException e = assertThrows(BadInputException.class, () -> r.readFrame(x));
            assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("short.pdb"), e.getMessage());
        }
        Files.writeString(p, "MODEL 1\nATOM      1  N   ALA A   1       1.000   2.000   3.000\nENDMDL\n"
                + "MODEL 2\nATOM      1  N   ALA A   1       1.000   2.000   3.000\n"
                + "ATOM      2  N   ALA A   1       1.000   2.000   3.000\nENDMDL\n");
        try (PdbTrajectoryReader r = PdbTrajectoryReader.open(p)) {
            double[] x = new double[3];
            assertTrue(r.readFrame(x));
            BadInputException e = assertThrows(BadInputException.class, () -> r.readFrame(x));
            assertTrue(e.getMessage().contains("model 1") && e.getMessage().contains("2 atoms"), e.getMessage());
        }
    }

    @Test
    void nanRejectedAndNoFileLeft() throws IOException {
        Topology top = topologyOf(TestData.path("reference/pdb/openmm_frame0_3models.pdb"));
        Path out = dir.resolve("nan.pdb");
        TrajectoryWriter w = Trajectories.openWriter(out, top);
        double[] x = DcdTest.positions(22, 0.5);
        w.writeFrame(x);
        x[3 * 21] = Double.NEGATIVE_INFINITY;
        BadInputException e = assertThrows(BadInputException.class, () -> w.writeFrame(x));
        assertTrue(e.getMessage().contains("frame 1, atom 21"), e.getMessage());
        w.close();
        assertTrue(DcdTest.isEmpty(dir));
    }
}
