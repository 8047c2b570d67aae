package org.arbg.workflows.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.build.PeptideBuilder;
import org.arbg.adapters.io.PdbTrajectoryWriter;
import org.arbg.adapters.topology.Structure;
import org.arbg.energy.openmm.EnergyMinimization;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.workflows.prepare.PrepareRequest;
import org.arbg.workflows.prepare.SystemPreparation;

/**
 * The benchmark ladder, all with amber99sbildn + amber99_obc (OpenMM's GBSAOBCForce), no cutoff, 300 K:
 * alanine dipeptide (Ace-Ala-Nme, 22 atoms), Ace-(Ala)3-Nme (42), zwitterionic hexa-alanine (Ala)6
 * (NH3+ … COO−, 63 atoms) — all three from {@link PeptideBuilder} — and chignolin CLN025 with hydrogens
 * (166 atoms) from a PDB file. Each is energy-minimised before timing.
 */
public final class BenchSystems {
    public static final List<String> LADDER = List.of("alanine-dipeptide", "ace-ala3-nme", "hexa-alanine",
            "chignolin");
    /** Minimiser tolerance, kJ/mol/nm, and iteration cap: enough to remove the built geometry's strain. */
    private static final double MIN_TOLERANCE = 10;
    private static final int MIN_ITERATIONS = 5000;

    private BenchSystems() {
    }

    /** Builds, prepares and minimises a ladder entry. */
    public static BenchSystem load(String name, BenchConfig config) throws IOException {
        return switch (name) {
            case "alanine-dipeptide" -> built(name, "ACE ALA NME", config.workDir());
            case "ace-ala3-nme" -> built(name, "ACE ALA ALA ALA NME", config.workDir());
            case "hexa-alanine" -> built(name, "ALA*6", config.workDir());
            case "chignolin" -> fromPdb(name, config.chignolinPdb());
            default -> throw new BadInputException("bench", "system " + name, "unknown; one of " + LADDER);
        };
    }

    /** A built peptide, written as PDB and prepared like any other input. */
    public static BenchSystem built(String name, String sequence, Path workDir) throws IOException {
        Structure s = PeptideBuilder.build(sequence);
        Path pdb = Files.createTempFile(workDir, "arbg-bench-" + name, ".pdb");
        try {
            try (PdbTrajectoryWriter w = PdbTrajectoryWriter.create(pdb, s.topology())) {
                w.writeFrame(s.positionsNm());
            }
            return prepare(name, "built by PeptideBuilder from '" + sequence + "'", pdb);
        } finally {
            Files.deleteIfExists(pdb);
        }
    }

    private static BenchSystem fromPdb(String name, Path pdb) {
        if (!Files.isRegularFile(pdb)) {
            throw new BadInputException(pdb, "", "not found (pass --chignolin PDB, or run from the repository root)");
        }
        return prepare(name, "read from " + pdb.getFileName(), pdb);
    }

    private static BenchSystem prepare(String name, String how, Path pdb) {
        PrepareRequest request = new PrepareRequest(Optional.of(pdb), PrepareRequest.DEFAULT_FORCE_FIELD,
                Optional.empty(), Optional.empty(), "none", OptionalDouble.empty(), Optional.empty(),
                OptionalDouble.empty(), PrepareRequest.DEFAULT_TEMPERATURE_K, true);
        PreparedSystem prepared = SystemPreparation.build(request);
        try {
            EnergyMinimization.Result min = EnergyMinimization.minimize(prepared.system(),
                    prepared.structure().positionsNm(), MIN_TOLERANCE, MIN_ITERATIONS);
            Structure minimised = new Structure(prepared.structure().topology(), min.positionsNm());
            return new BenchSystem(name, how + "; " + String.join(" + ", PrepareRequest.DEFAULT_FORCE_FIELD)
                    + ", no cutoff, 300 K", prepared, minimised, min.energyBefore(), min.energyAfter());
        } catch (RuntimeException e) {
            prepared.close();
            throw e;
        }
    }
}
