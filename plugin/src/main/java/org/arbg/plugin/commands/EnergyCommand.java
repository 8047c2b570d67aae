package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.valued;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.adapters.io.AtomicOutput;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.energy.openmm.EnergyBatch;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.energy.openmm.EnergyOptions;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.ProgressDisplay;

/** {@code arbg energy}: potential and reduced energies of every frame of a trajectory, as CSV. */
public final class EnergyCommand implements Command {
    /** Frames per batched JNI call: large enough to amortise the call, small enough for constant memory. */
    static final int CHUNK_FRAMES = 2048;

    @Override
    public String name() {
        return "energy";
    }

    @Override
    public String summary() {
        return "potential (kJ/mol) and reduced (kT) energies of every frame of a trajectory";
    }

    @Override
    public String usage() {
        return "--system DIR --traj FILE --out energies.csv";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(valued("system", "DIR", "system directory from 'arbg prepare'"))
                .addOption(valued("traj", "FILE", "frames (.dcd, .xtc, .pdb, .npy) with the system's atoms in order"))
                .addOption(valued("temperature", "K",
                        "temperature for u = E/(k_B T) (default: the prepared temperature)"))
                .addOption(valued("platform", "NAME",
                        "OpenMM platform: Reference or CPU (default: chosen by system size)"))
                .addOption(valued("out", "FILE", "CSV with columns frame,potential_kj_mol,reduced_kT"));
    }

    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path out = Arguments.path(line, "out");
        Path trajPath = Arguments.path(line, "traj");
        try (PreparedSystem prepared = SystemDirectory.load(Arguments.path(line, "system"))) {
            double temperature = Arguments.doubleValue(line, "temperature", prepared.info().temperatureK());
            EnergyOptions options = EnergyOptions.at(temperature).withThreads(context.threads());
            if (line.hasOption("platform")) {
                options = options.withPlatform(line.getOptionValue("platform"));
            }
            int atoms = prepared.structure().topology().numAtoms();
            long failed = 0;
            long frames = 0;
            try (EnergyEvaluator evaluator = new EnergyEvaluator(prepared.system(), options);
                 TrajectoryReader reader = Trajectories.openReader(trajPath, atoms);
                 AtomicOutput file = AtomicOutput.open(out);
                 ProgressDisplay progress = context.progress("energy", -1)) {
                BufferedWriter csv = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(file.channel()),
                        StandardCharsets.UTF_8));
                csv.write("frame,potential_kj_mol,reduced_kT\n");
                double[] chunk = new double[CHUNK_FRAMES * 3 * atoms];
                double[] frame = new double[3 * atoms];
                while (true) {
                    int n = 0;
                    while (n < CHUNK_FRAMES && reader.readFrame(frame)) {
                        System.arraycopy(frame, 0, chunk, n * 3 * atoms, 3 * atoms);
                        n++;
                    }
                    if (n == 0) {
                        break;
                    }
                    EnergyBatch batch = evaluator.energies(Arrays.copyOf(chunk, n * 3 * atoms));
                    for (int i = 0; i < n; i++) {
                        csv.write(String.format(Locale.ROOT, "%d,%.10g,%.10g%n", frames + i,
                                batch.potentialKjPerMol()[i], batch.reduced()[i]));
                    }
                    failed += batch.numFailed();
                    frames += n;
                    progress.update(frames, -1, evaluator.platform());
                }
                csv.flush();
                file.commit();
            }
            if (failed > 0) {
                System.err.println("arbg energy: warning: " + failed + " of " + frames
                        + " frames had a NaN or infinite energy (written as inf; weight zero)");
            }
            System.err.println("arbg energy: " + frames + " frames -> " + out);
        }
        return ExitCode.OK;
    }
}
