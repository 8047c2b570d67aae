package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.flag;
import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.ic.ZMatrix;
import org.arbg.adapters.inspect.TopologySummaryText;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;

/** {@code arbg inspect FILE}: atoms, residues, bonds, chiral centres, templates and model tokens of a structure. */
public final class InspectCommand implements Command {
    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public String summary() {
        return "describe a structure: atoms, residues, bonds, chiral centres, templates, token count";
    }

    @Override
    public String usage() {
        return "[options] FILE.pdb | FILE.prmtop --coords FILE.inpcrd";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(valued("coords", "FILE", "coordinates for an AMBER topology (.inpcrd)"))
                .addOption(flag("strip-solvent", "drop water and ions, keep the solute (PDB)"));
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        Path file = Path.of(Arguments.positional(line, 1, "one structure file")[0]);
        Path coords = line.hasOption("coords") ? Arguments.path(line, "coords") : null;
        StructureInput input = StructureInput.read(file, coords, line.hasOption("strip-solvent"));
        StringBuilder out = new StringBuilder(TopologySummaryText.render(input.summary()));
        try {
            ZMatrix z = ZMatrix.fromTopology(input.structure().topology());
            out.append(String.format("Model tokens: %d (3N-6 internal coordinates; Z-matrix digest %s)%n",
                    z.numTokens(), z.digest().substring(0, 16)));
        } catch (BadInputException e) {
            out.append("Model tokens: none: ").append(e.problem()).append(System.lineSeparator());
        }
        System.out.print(out);
        return ExitCode.OK;
    }
}
