package org.arbg.plugin.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.io.DcdReader;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.plugin.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectConvertVersionTest {
    @TempDir
    Path dir;

    @Test
    void versionNamesOpenMMWithBothPlatformsAndLibtorch() {
        CliRun r = CliRun.of("version");
        assertEquals(ExitCode.OK, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("OpenMM 7.7"), r.stdout());
        assertTrue(r.stdout().matches("(?s).*OpenMM platforms: .*Reference.*"), r.stdout());
        assertTrue(r.stdout().matches("(?s).*OpenMM platforms: .*CPU.*"), r.stdout());
        assertTrue(r.stdout().contains("libtorch 2.7.1"), r.stdout());
    }

    @Test
    void inspectReportsBondsChiralityAndTokens() {
        CliRun r = CliRun.of("inspect", CliRun.data("structures/aldp-old-names.pdb"));
        assertEquals(ExitCode.OK, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("atoms 22 (heavy 10), bonds 21"), r.stdout());
        assertTrue(r.stdout().contains("ALA 2 atom CA"), r.stdout());
        assertTrue(r.stdout().contains("Model tokens: 60"), r.stdout());
        CliRun amber = CliRun.of("inspect", CliRun.data("topologies/alanine-dipeptide-implicit.prmtop"),
                "--coords", CliRun.data("topologies/alanine-dipeptide-implicit.inpcrd"));
        assertEquals(ExitCode.OK, amber.exitCode(), amber.stderr());
        assertTrue(amber.stdout().contains("bonds 21"), amber.stdout());
    }

    @Test
    void inspectRejectsAStructureWithoutHydrogensNamingResidueAndChain() {
        CliRun r = CliRun.of("inspect", CliRun.data("structures/5awl-cln025-heavy-atoms.pdb"), "--strip-solvent");
        assertEquals(ExitCode.BAD_INPUT, r.exitCode());
        assertTrue(r.stderr().contains("5awl-cln025-heavy-atoms.pdb"), r.stderr());
        assertTrue(r.stderr().contains("TYR 1 chain A lacks H, HA"), r.stderr());
        assertEquals(ExitCode.USAGE, CliRun.of("inspect", CliRun.data("topologies/alanine-dipeptide-implicit.prmtop"))
                .exitCode(), "a prmtop needs --coords");
    }

    @Test
    void convertCopiesTheSelectedSliceOfFrames() throws Exception {
        Path dcd = dir.resolve("slice.dcd");
        assertEquals(ExitCode.OK, CliRun.of("convert", CliRun.data("trajectories/frame0.dcd"), dcd.toString(),
                "--begin", "10", "--end", "100", "--stride", "7").exitCode());
        try (TrajectoryReader all = DcdReader.open(CliRun.testData("trajectories/frame0.dcd"));
             TrajectoryReader slice = Trajectories.openReader(dcd, 22)) {
            double[] x = new double[66];
            double[] y = new double[66];
            int copied = 0;
            for (int frame = 0; all.readFrame(x); frame++) {
                if (frame >= 10 && frame < 100 && (frame - 10) % 7 == 0) {
                    assertTrue(slice.readFrame(y), "frame " + frame);
                    assertArrayEquals(x, y, 0.0, "frame " + frame);
                    copied++;
                }
            }
            assertFalse(slice.readFrame(y));
            assertEquals(13, copied); // 10, 17, ..., 94
        }
        assertEquals(ExitCode.USAGE, CliRun.of("convert", CliRun.data("trajectories/frame0.dcd"),
                dir.resolve("none.dcd").toString(), "--begin", "5", "--end", "5").exitCode());
    }

    @Test
    void convertKeepsEveryCoordinateThroughNpyAndDcd() throws Exception {
        Path npy = dir.resolve("f0.npy");
        Path dcd = dir.resolve("f0.dcd");
        assertEquals(ExitCode.OK, CliRun.of("convert", CliRun.data("trajectories/frame0.dcd"), npy.toString()).exitCode());
        assertEquals(ExitCode.OK, CliRun.of("convert", npy.toString(), dcd.toString()).exitCode());
        try (TrajectoryReader a = DcdReader.open(CliRun.testData("trajectories/frame0.dcd"));
             TrajectoryReader b = Trajectories.openReader(dcd, 22)) {
            double[] x = new double[66];
            double[] y = new double[66];
            int frames = 0;
            while (a.readFrame(x)) {
                assertTrue(b.readFrame(y));
                assertArrayEquals(x, y, 1e-6, "frame " + frames);
                frames++;
            }
            assertFalse(b.readFrame(y));
            assertEquals(501, frames);
        }
    }

    @Test
    void convertToPdbMapsSolvatedFramesOntoTheSolute() throws Exception {
        Path pdb = dir.resolve("solute.pdb");
        CliRun r = CliRun.of("convert", CliRun.data("trajectories/ala_dipeptide.dcd"), pdb.toString(),
                "--top", CliRun.data("trajectories/ala_dipeptide.pdb"), "--strip-solvent");
        assertEquals(ExitCode.OK, r.exitCode(), r.stderr());
        try (TrajectoryReader back = Trajectories.openReader(pdb, 22)) {
            double[] x = new double[66];
            int n = 0;
            while (back.readFrame(x)) {
                n++;
            }
            assertEquals(3, n);
        }
        assertEquals(ExitCode.USAGE, CliRun.of("convert", CliRun.data("trajectories/frame0.dcd"),
                dir.resolve("x.pdb").toString()).exitCode(), "PDB output needs --top");
        assertFalse(Files.exists(dir.resolve("x.pdb")));
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("convert", CliRun.data("trajectories/frame0.dcd"),
                dir.resolve("y.dcd").toString(), "--top", CliRun.data("structures/lsde-tetrapeptide.pdb")).exitCode(),
                "atom counts differ");
        assertFalse(Files.exists(dir.resolve("y.dcd")));
    }

    @Test
    void convertKeepsExactlyTheFramesWhoseDihedralLiesInTheRange() throws Exception {
        // φ of each frame of frame0.pdb from numpy (test-data/reference/make_reference.py), not from arbg
        List<double[]> geometry = new ArrayList<>();
        for (String row : Files.readAllLines(CliRun.testData("reference/frame0-geometry.tsv"))) {
            if (!row.startsWith("#")) {
                geometry.add(java.util.Arrays.stream(row.split("\t")).mapToDouble(Double::parseDouble).toArray());
            }
        }
        // the PDB, not the DCD: the reference angles come from its 3-decimal coordinates
        String top = CliRun.data("trajectories/frame0.pdb");
        // ranges whose ends are at least 1e-3 rad from every frame's φ, far above float32 rounding
        assertSelected(geometry, phi -> phi >= -1.5, top, "-1.5:3.2");
        assertSelected(geometry, phi -> phi >= 2.7 || phi < -2.7, top, "2.7:-2.7");

        assertEquals(ExitCode.USAGE, CliRun.of("convert", CliRun.data("trajectories/frame0.dcd"),
                dir.resolve("u.dcd").toString(), "--top", top, "--angle", "phi ALA 3", "--angle-range", "0:1")
                .exitCode(), "no such dihedral");
        CliRun noTop = CliRun.of("convert", CliRun.data("trajectories/frame0.dcd"), dir.resolve("v.dcd").toString(),
                "--angle", "phi ALA 2", "--angle-range", "0:1");
        assertEquals(ExitCode.USAGE, noTop.exitCode());
        assertTrue(noTop.stderr().contains("--angle needs --top"), noTop.stderr());
        assertEquals(ExitCode.USAGE, CliRun.of("convert", CliRun.data("trajectories/frame0.dcd"),
                dir.resolve("w.dcd").toString(), "--top", top, "--angle", "phi ALA 2", "--angle-range", "0")
                .exitCode(), "a range needs two ends");
        assertFalse(Files.exists(dir.resolve("u.dcd")) || Files.exists(dir.resolve("w.dcd")));
    }

    private void assertSelected(List<double[]> geometry, java.util.function.DoublePredicate expected, String top,
                                String range) throws Exception {
        Path out = dir.resolve("selected.dcd");
        Files.deleteIfExists(out);
        CliRun r = CliRun.of("convert", top, out.toString(), "--angle", "phi ALA 2", "--angle-range", range);
        assertEquals(ExitCode.OK, r.exitCode(), r.stderr());
        try (TrajectoryReader all = Trajectories.openReader(Path.of(top), 22);
             TrajectoryReader kept = Trajectories.openReader(out, 22)) {
            double[] x = new double[66];
            double[] y = new double[66];
            int copied = 0;
            for (int frame = 0; all.readFrame(x); frame++) {
                if (expected.test(geometry.get(frame)[1])) {
                    assertTrue(kept.readFrame(y), "frame " + frame);
                    assertArrayEquals(x, y, 1e-6, "frame " + frame); // DCD stores float32
                    copied++;
                }
            }
            assertFalse(kept.readFrame(y), "a frame outside " + range + " was kept");
            assertTrue(copied > 0 && copied < 501, range + " keeps " + copied + " of 501 frames");
        }
    }

    @Test
    void convertJoinsInputsInOrderWithTheSliceRunningOverTheJoin() throws Exception {
        Path joined = dir.resolve("joined.dcd");
        String f0 = CliRun.data("trajectories/frame0.dcd");
        // frame0 twice over is 1002 frames; every 3rd of 400..699 is 400..499 of the first copy, then 502..697,
        // which are frames 1..196 of the second
        CliRun r = CliRun.of("convert", f0 + "," + f0, joined.toString(), "--begin", "400", "--end", "700",
                "--stride", "3");
        assertEquals(ExitCode.OK, r.exitCode(), r.stderr());
        List<double[]> all = new ArrayList<>();
        try (TrajectoryReader once = DcdReader.open(CliRun.testData("trajectories/frame0.dcd"))) {
            double[] x = new double[66];
            while (once.readFrame(x)) {
                all.add(x.clone());
            }
        }
        try (TrajectoryReader back = Trajectories.openReader(joined, 22)) {
            double[] y = new double[66];
            int copied = 0;
            for (int index = 400; index < 700; index += 3) {
                assertTrue(back.readFrame(y), "joined frame " + index);
                assertArrayEquals(all.get(index % all.size()), y, 0.0, "joined frame " + index);
                copied++;
            }
            assertFalse(back.readFrame(y));
            assertEquals(100, copied);
        }

        Path mixed = dir.resolve("mixed.dcd");
        CliRun wrong = CliRun.of("convert", f0 + "," + CliRun.data("trajectories/ala_dipeptide.dcd"),
                mixed.toString());
        assertEquals(ExitCode.BAD_INPUT, wrong.exitCode(), wrong.stderr());
        assertTrue(wrong.stderr().contains("ala_dipeptide.dcd") && wrong.stderr().contains("first input"),
                wrong.stderr());
        assertFalse(Files.exists(mixed), "nothing half-written");
    }
}
