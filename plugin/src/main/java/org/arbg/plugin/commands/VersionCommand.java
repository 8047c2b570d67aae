package org.arbg.plugin.commands;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.adapters.ArbgVersion;
import org.arbg.energy.openmm.OpenMMLibrary;
import org.arbg.model.TorchRuntime;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;

/** {@code arbg version}: versions of arbg, OpenMM and libtorch, and the OpenMM platforms that loaded. */
public final class VersionCommand implements Command {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the arbg, OpenMM and libtorch versions and the OpenMM platforms found";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        OpenMMLibrary openmm = OpenMMLibrary.load();
        System.out.println("arbg " + ArbgVersion.get());
        System.out.println("OpenMM " + openmm.openmmVersion() + " (plugins from " + openmm.pluginsDirectory() + ")");
        System.out.println("OpenMM platforms: " + String.join(", ", openmm.platformNames()));
        // Debian ships Amoeba/Drude plugins whose libraries are not on the loader path; arbg uses neither
        if (!openmm.pluginLoadFailures().isEmpty()) {
            System.out.println("OpenMM plugins not loaded: " + openmm.pluginLoadFailures().size()
                    + " (not needed by arbg; --verbose lists them)");
            if (context.verbosity() == CliContext.Verbosity.VERBOSE) {
                openmm.pluginLoadFailures().forEach(f -> System.out.println("  " + f));
            }
        }
        System.out.println("libtorch " + TorchRuntime.engine().getVersion() + " (DJL PyTorch engine, CPU, offline)");
        return ExitCode.OK;
    }
}
