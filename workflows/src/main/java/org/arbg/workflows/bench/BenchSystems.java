package org.arbg.workflows.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The benchmark systems.
 *
 * <p>The <em>ladder</em> ({@link #LADDER}), all with amber99sbildn + amber99_obc (OpenMM's GBSAOBCForce), no cutoff,
 * 300 K, so that one force field keeps the scaling fits clean: alanine dipeptide (Ace-Ala-Nme, 22 atoms),
 * Ace-(Ala)3-Nme (42), zwitterionic hexa-alanine (Ala)6 (NH3+ … COO−, 63 atoms) — all three from
 * {@link PeptideBuilder} — and chignolin CLN025 with hydrogens (166 atoms) from a PDB file.
 *
 * <p>The <em>energy variants</em> ({@link #ENERGY_VARIANTS}) put another force field or solvent on a ladder molecule
 * and are timed for energies only: alanine dipeptide in vacuum (amber99sbildn.xml alone), and the literature set-up
 * amber14/protein.ff14SB.xml + implicit/obc1.xml (a CustomGBForce), cutoff 2 nm non-periodic, 310 K, for
 * Ace-(Ala)3-Nme and chignolin.
 *
 * <p>Each system is energy-minimised before timing.
 */
public final class BenchSystems {
    public static final List<String> LADDER = List.of("alanine-dipeptide", "ace-ala3-nme", "hexa-alanine",
            "chignolin");
    public static final List<String> ENERGY_VARIANTS = List.of("alanine-dipeptide-vacuum", "ace-ala3-nme-obc1",
            "chignolin-obc1");

    /** The ladder's force field: amber99sbildn with OpenMM's native GBSAOBCForce, no cutoff, 300 K. */
    public static final Setup LADDER_SETUP = new Setup(PrepareRequest.DEFAULT_FORCE_FIELD, OptionalDouble.empty(),
            PrepareRequest.DEFAULT_TEMPERATURE_K);
    /** Vacuum: amber99sbildn alone, no cutoff, 300 K. */
    public static final Setup VACUUM_SETUP = new Setup(List.of("amber99sbildn.xml"), OptionalDouble.empty(),
            PrepareRequest.DEFAULT_TEMPERATURE_K);
    /** The literature set-up of AAA, AAAAAA and chignolin: ff14SB + OBC1 (CustomGBForce), 2 nm non-periodic, 310 K. */
    public static final Setup OBC1_SETUP = new Setup(List.of("amber14/protein.ff14SB.xml", "implicit/obc1.xml"),
            OptionalDouble.of(2.0), 310.0);

    /** Minimiser tolerance, kJ/mol/nm, and iteration cap: enough to remove the built geometry's strain. */
    private static final double MIN_TOLERANCE = 10;
    private static final int MIN_ITERATIONS = 5000;

    /**
     * A force field and how it is applied.
     *
     * @param forceFields  force-field files, bundled names
     * @param cutoffNm     non-periodic cutoff, nm; empty for no cutoff
     * @param temperatureK temperature of the ensemble, K (energies do not depend on it)
     */
    public record Setup(List<String> forceFields, OptionalDouble cutoffNm, double temperatureK) {
        public Setup {
            forceFields = List.copyOf(forceFields);
        }

        /** "amber99sbildn.xml + amber99_obc.xml, no cutoff, 300 K". */
        public String describe() {
            return String.join(" + ", forceFields) + ", "
                    + (cutoffNm.isPresent() ? "cutoff " + fmt(cutoffNm.getAsDouble()) + " nm non-periodic"
                    : "no cutoff") + ", " + fmt(temperatureK) + " K";
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%g", v);
        }
    }

    private BenchSystems() {
    }

    /** Every name {@link #load} knows: the ladder, then the energy variants. */
    public static List<String> allNames() {
        List<String> all = new ArrayList<>(LADDER);
        all.addAll(ENERGY_VARIANTS);
        return List.copyOf(all);
    }

    /** The ladder system an energy variant puts another force field on ("alanine-dipeptide-vacuum" → its base). */
    public static String variantOf(String variant) {
        return switch (variant) {
            case "alanine-dipeptide-vacuum" -> "alanine-dipeptide";
            case "ace-ala3-nme-obc1" -> "ace-ala3-nme";
            case "chignolin-obc1" -> "chignolin";
            default -> throw new BadInputException("bench", "system " + variant, "not an energy variant; one of "
                    + ENERGY_VARIANTS);
        };
    }

    /** Builds, prepares and minimises a ladder entry or an energy variant. */
    public static BenchSystem load(String name, BenchConfig config) throws IOException {
        return switch (name) {
            case "alanine-dipeptide" -> built(name, "ACE ALA NME", config.workDir(), LADDER_SETUP);
            case "ace-ala3-nme" -> built(name, "ACE ALA ALA ALA NME", config.workDir(), LADDER_SETUP);
            case "hexa-alanine" -> built(name, "ALA*6", config.workDir(), LADDER_SETUP);
            case "chignolin" -> fromPdb(name, config.chignolinPdb(), LADDER_SETUP);
            case "alanine-dipeptide-vacuum" -> built(name, "ACE ALA NME", config.workDir(), VACUUM_SETUP);
            case "ace-ala3-nme-obc1" -> built(name, "ACE ALA ALA ALA NME", config.workDir(), OBC1_SETUP);
            case "chignolin-obc1" -> fromPdb(name, config.chignolinPdb(), OBC1_SETUP);
            default -> throw new BadInputException("bench", "system " + name, "unknown; one of " + allNames());
        };
    }

    /** A built peptide with the ladder's force field, written as PDB and prepared like any other input. */
    public static BenchSystem built(String name, String sequence, Path workDir) throws IOException {
        return built(name, sequence, workDir, LADDER_SETUP);
    }

    /** A built peptide, written as PDB and prepared like any other input. */
    public static BenchSystem built(String name, String sequence, Path workDir, Setup setup) throws IOException {
        Structure s = PeptideBuilder.build(sequence);
        Path pdb = Files.createTempFile(workDir, "arbg-bench-" + name, ".pdb");
        try {
            try (PdbTrajectoryWriter w = PdbTrajectoryWriter.create(pdb, s.topology())) {
                w.writeFrame(s.positionsNm());
            }
            return prepare(name, "built by PeptideBuilder from '" + sequence + "'", pdb, setup);
        } finally {
            Files.deleteIfExists(pdb);
        }
    }

    private static BenchSystem fromPdb(String name, Path pdb, Setup setup) {
        if (!Files.isRegularFile(pdb)) {
            throw new BadInputException(pdb, "", "not found (pass --chignolin PDB, or run from the repository root)");
        }
        return prepare(name, "read from " + pdb.getFileName(), pdb, setup);
    }

    private static BenchSystem prepare(String name, String how, Path pdb, Setup setup) {
        PrepareRequest request = new PrepareRequest(Optional.of(pdb), setup.forceFields(), Optional.empty(),
                Optional.empty(), "none", OptionalDouble.empty(), Optional.empty(), setup.cutoffNm(),
                setup.temperatureK(), true);
        PreparedSystem prepared = SystemPreparation.build(request);
        try {
            EnergyMinimization.Result min = EnergyMinimization.minimize(prepared.system(),
                    prepared.structure().positionsNm(), MIN_TOLERANCE, MIN_ITERATIONS);
            Structure minimised = new Structure(prepared.structure().topology(), min.positionsNm());
            return new BenchSystem(name, how + "; " + setup.describe(), prepared, minimised, min.energyBefore(),
                    min.energyAfter());
        } catch (RuntimeException e) {
            prepared.close();
            throw e;
        }
    }
}
