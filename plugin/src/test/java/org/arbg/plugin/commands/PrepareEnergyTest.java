package org.arbg.plugin.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.arbg.adapters.io.DcdWriter;
import org.arbg.energy.openmm.EnergyBatch;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.energy.openmm.EnergyOptions;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.plugin.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareEnergyTest {
    @TempDir
    Path dir;

    @Test
    void preparedAlanineDipeptideHasOpenMMsEnergy() throws Exception {
        Path sys = dir.resolve("aldp");
        CliRun prep = CliRun.of("prepare", "--pdb", CliRun.data("structures/aldp-modern-names.pdb"), "--out", sys.toString());
        assertEquals(ExitCode.OK, prep.exitCode(), prep.stderr());
        for (String f : List.of("system.xml", "topology.pdb", "topology.json", "prepare.json")) {
            assertTrue(Files.exists(sys.resolve(f)), f);
        }
        Path csv = dir.resolve("e.csv");
        CliRun energy = CliRun.of("energy", "--system", sys.toString(), "--traj",
                CliRun.data("structures/aldp-modern-names.pdb"), "--out", csv.toString());
        assertEquals(ExitCode.OK, energy.exitCode(), energy.stderr());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("frame,potential_kj_mol,reduced_kT", lines.get(0));
        String[] row = lines.get(1).split(",");
        JsonNode ref = new ObjectMapper().readTree(CliRun.testData("reference/systems/aldp-amber99sbildn-obc.json").toFile());
        double expected = ref.get("totalKJPerMol").asDouble();
        assertEquals(expected, Double.parseDouble(row[1]), 1e-6 * Math.abs(expected), "OpenMM's own createSystem energy");
        assertEquals(expected / (EnergyEvaluator.MOLAR_GAS_CONSTANT_R * 300.0), Double.parseDouble(row[2]), 1e-6);
    }

    @Test
    void energiesOfHundredFramesAgreeBetweenCommandBatchAndSingleFramesForAnyThreadCount() throws Exception {
        Path sys = dir.resolve("aldp");
        assertEquals(ExitCode.OK, CliRun.of("prepare", "--pdb", CliRun.data("structures/aldp-modern-names.pdb"),
                "--out", sys.toString()).exitCode());
        double[] frames;
        try (PreparedSystem p = SystemDirectory.load(sys)) {
            double[] start = p.structure().positionsNm();
            SplittableRandom r = new SplittableRandom(11);
            frames = new double[100 * start.length];
            for (int f = 0; f < 100; f++) {
                for (int k = 0; k < start.length; k++) {
                    // DCD stores float32 Å: round here so the file holds exactly these positions
                    frames[f * start.length + k] = (float) ((start[k] + 0.005 * (r.nextDouble() - 0.5)) * 10) / 10.0;
                }
            }
        }
        Path traj = dir.resolve("frames.dcd");
        try (DcdWriter w = DcdWriter.create(traj, 22)) {
            for (int f = 0; f < 100; f++) {
                w.writeFrame(java.util.Arrays.copyOfRange(frames, f * 66, (f + 1) * 66));
            }
        }
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");
        assertEquals(ExitCode.OK, CliRun.of("energy", "--threads", "1", "--system", sys.toString(), "--traj",
                traj.toString(), "--out", one.toString()).exitCode());
        assertEquals(ExitCode.OK, CliRun.of("energy", "--threads", "2", "--system", sys.toString(), "--traj",
                traj.toString(), "--out", two.toString()).exitCode());
        assertEquals(Files.readAllLines(one), Files.readAllLines(two), "Reference platform: thread count changes nothing");
        List<String> rows = Files.readAllLines(one);
        assertEquals(101, rows.size());
        try (PreparedSystem p = SystemDirectory.load(sys);
             EnergyEvaluator eval = new EnergyEvaluator(p.system(), EnergyOptions.at(300).withThreads(1))) {
            EnergyBatch batch = eval.energies(frames);
            for (int f = 0; f < 100; f++) {
                double single = eval.energies(java.util.Arrays.copyOfRange(frames, f * 66, (f + 1) * 66))
                        .potentialKjPerMol()[0];
                double fromCsv = Double.parseDouble(rows.get(f + 1).split(",")[1]);
                assertEquals(single, batch.potentialKjPerMol()[f], 0.0, "batched vs single, frame " + f);
                assertEquals(single, fromCsv, 1e-9 * Math.max(1, Math.abs(single)), "CSV (10 digits), frame " + f);
            }
        }
    }

    @Test
    void badPrepareInputsAreReportedWithTheirExitCodes() {
        Path out = dir.resolve("bad");
        CliRun heavy = CliRun.of("prepare", "--pdb", CliRun.data("structures/5awl-cln025-heavy-atoms.pdb"),
                "--strip-solvent", "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, heavy.exitCode());
        assertTrue(heavy.stderr().contains("TYR 1 chain A"), heavy.stderr());
        assertFalse(Files.exists(out.resolve("system.xml")), "nothing written for a rejected structure");
        CliRun mismatch = CliRun.of("prepare", "--prmtop", CliRun.data("topologies/alanine-dipeptide-implicit.prmtop"),
                "--pdb", CliRun.data("structures/lsde-tetrapeptide.pdb"), "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, mismatch.exitCode());
        assertTrue(mismatch.stderr().contains("lsde-tetrapeptide.pdb"), mismatch.stderr());
        assertEquals(ExitCode.USAGE, CliRun.of("prepare", "--pdb", CliRun.data("structures/aldp-modern-names.pdb"))
                .exitCode(), "missing --out");
        assertEquals(ExitCode.USAGE, CliRun.of("prepare", "--pdb", CliRun.data("structures/aldp-modern-names.pdb"),
                "--prmtop", "x.prmtop", "--forcefield", "amber96.xml", "--out", out.toString()).exitCode());
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("prepare", "--pdb", CliRun.data("structures/aldp-modern-names.pdb"),
                "--forcefield", "no-such-forcefield.xml", "--out", out.toString()).exitCode());
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("energy", "--system", dir.resolve("none").toString(), "--traj",
                CliRun.data("trajectories/frame0.dcd"), "--out", dir.resolve("e.csv").toString()).exitCode());
    }

    @Test
    void prmtopWithImplicitSolventAndSystemXmlInputsPrepare() throws Exception {
        Path amber = dir.resolve("amber");
        CliRun r = CliRun.of("prepare", "--prmtop", CliRun.data("topologies/alanine-dipeptide-implicit.prmtop"),
                "--coords", CliRun.data("topologies/alanine-dipeptide-implicit.inpcrd"), "--implicit", "gbn2",
                "--out", amber.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r.stderr());
        Path xml = dir.resolve("xml");
        CliRun x = CliRun.of("prepare", "--system-xml", amber.resolve("system.xml").toString(), "--pdb",
                CliRun.data("structures/aldp-old-names.pdb"), "--out", xml.toString());
        assertEquals(ExitCode.OK, x.exitCode(), x.stderr());
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("prepare", "--system-xml",
                CliRun.data("structures/aldp-old-names.pdb"), "--pdb", CliRun.data("structures/aldp-old-names.pdb"),
                "--out", dir.resolve("x2").toString()).exitCode(), "not a System XML");
    }
}
