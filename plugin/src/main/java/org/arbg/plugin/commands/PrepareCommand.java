package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.flag;
import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.UsageException;
import org.arbg.workflows.prepare.PrepareRequest;
import org.arbg.workflows.prepare.SystemPreparation;

/** {@code arbg prepare}: an OpenMM System from a PDB + force field, an AMBER prmtop, or a System XML. */
public final class PrepareCommand implements Command {
    @Override
    public String name() {
        return "prepare";
    }

    @Override
    public String summary() {
        return "build the OpenMM system (force field, prmtop or system XML) into a system directory";
    }

    @Override
    public String usage() {
        return "--pdb FILE [--forcefield A.xml,B.xml | --prmtop FILE [--implicit M] | --system-xml FILE] --out DIR";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(valued("pdb", "FILE", "the structure"))
                .addOption(valued("forcefield", "A.xml,B.xml",
                        "OpenMM force-field files or bundled names (default amber99sbildn.xml,amber99_obc.xml;"
                        + " also amber96.xml, amber96_obc.xml, amber14/protein.ff14SB.xml, implicit/obc1.xml,"
                        + " implicit/obc2.xml)"))
                .addOption(valued("prmtop", "FILE",
                        "AMBER topology with parameters (coordinates from --coords or --pdb)"))
                .addOption(valued("coords", "FILE", "AMBER coordinates (.inpcrd) for --prmtop"))
                .addOption(valued("implicit", "MODEL",
                        "implicit solvent for --prmtop: none, hct, obc1, obc2, gbn, gbn2 (default obc2)"))
                .addOption(valued("salt", "MOLAR", "salt concentration in mol/L for --prmtop GB models (default 0)"))
                .addOption(valued("system-xml", "FILE", "a serialized OpenMM System (atoms in the order of --pdb)"))
                .addOption(valued("cutoff", "NM",
                        "non-periodic nonbonded cutoff in nm with reaction field (default: no cutoff)"))
                .addOption(valued("temperature", "K", "temperature of the ensemble in K (default 300)"))
                .addOption(flag("strip-solvent", "drop water and ions from the PDB, keep the solute"))
                .addOption(valued("out", "DIR",
                        "output directory: system.xml, topology.pdb, topology.json, prepare.json"));
    }

    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path out = Arguments.path(line, "out");
        boolean prmtop = line.hasOption("prmtop");
        boolean xml = line.hasOption("system-xml");
        if ((prmtop ? 1 : 0) + (xml ? 1 : 0) + (line.hasOption("forcefield") ? 1 : 0) > 1) {
            throw new UsageException("choose one of --forcefield, --prmtop and --system-xml");
        }
        if (!prmtop && !line.hasOption("pdb")) {
            throw new UsageException("missing required option --pdb");
        }
        if (prmtop && !line.hasOption("coords") && !line.hasOption("pdb")) {
            throw new UsageException("--prmtop needs coordinates: --coords FILE.inpcrd or --pdb FILE");
        }
        if (!prmtop && (line.hasOption("implicit") || line.hasOption("salt") || line.hasOption("coords"))) {
            throw new UsageException("--implicit, --salt and --coords apply to --prmtop only");
        }
        List<String> ff = line.hasOption("forcefield")
                ? Arrays.stream(line.getOptionValue("forcefield").split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList() : List.of();
        PrepareRequest request;
        try {
            request = new PrepareRequest(optionalPath(line, "pdb"), ff, optionalPath(line, "prmtop"),
                    optionalPath(line, "coords"), line.getOptionValue("implicit", "obc2"), optionalDouble(line, "salt"),
                    optionalPath(line, "system-xml"), optionalDouble(line, "cutoff"),
                    Arguments.doubleValue(line, "temperature", PrepareRequest.DEFAULT_TEMPERATURE_K),
                    line.hasOption("strip-solvent"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PreparedSystem prepared;
        try {
            prepared = SystemPreparation.prepareInto(request, out);
        } catch (IllegalArgumentException e) {
            // option combinations the chosen force field or model would not use (OpenMM's ArgTracker rule)
            throw new UsageException(e.getMessage());
        }
        try (prepared) {
            System.err.printf("arbg prepare: %d atoms, %d residues, %s, %s at %.1f K -> %s%n",
                    prepared.info().atoms(), prepared.info().residues(), prepared.system().forceSummary(),
                    prepared.info().nonbondedMethod(), prepared.info().temperatureK(), out);
        }
        return ExitCode.OK;
    }

    private static Optional<Path> optionalPath(CommandLine line, String option) {
        return line.hasOption(option) ? Optional.of(Arguments.path(line, option)) : Optional.empty();
    }

    private static OptionalDouble optionalDouble(CommandLine line, String option) {
        return line.hasOption(option) ? OptionalDouble.of(Arguments.doubleValue(line, option)) : OptionalDouble.empty();
    }
}
