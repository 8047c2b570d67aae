package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.flag;
import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.energy.md.Checkpoint;
import org.arbg.energy.md.CheckpointFile;
import org.arbg.energy.md.MdOptions;
import org.arbg.energy.md.MdSimulation;
import org.arbg.energy.md.ReplicaExchange;
import org.arbg.energy.md.RunResult;
import org.arbg.energy.md.Simulation;
import org.arbg.energy.md.TemperatureLadder;
import org.arbg.energy.md.TrajectoryReporter;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ProgressDisplay;
import org.arbg.plugin.cli.UsageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;

/**
 * {@code arbg simulate}: reference Langevin MD, or parallel tempering with {@code --replicas K --tmax T}, of a
 * system directory. Writes OUT (DCD; for replica exchange the T_min ensemble), OUT's {@code .energies.npy}
 * (kJ/mol per frame) and {@code .checkpoint}; {@code --resume} continues from the checkpoint in the same files.
 * SIGINT/SIGTERM stop the run after the current chunk and write a checkpoint before the JVM exits.
 */
public final class SimulateCommand implements Command {
    private static final Logger LOG = LoggerFactory.getLogger(SimulateCommand.class);
    /** How long a shutdown hook waits for the checkpoint (s); one chunk plus a checkpoint is far less. */
    private static final long STOP_WAIT_SECONDS = 120;

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "reference Langevin MD or replica exchange of a system directory, with checkpoints";
    }

    @Override
    public String usage() {
        return "--system DIR --ns N --out traj.dcd [options]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(valued("system", "DIR", "system directory (system.xml + topology.pdb, from 'arbg prepare')"));
        o.addOption(valued("ns", "N", "total simulated time in ns (a resumed run counts its earlier time)"));
        o.addOption(valued("out", "FILE", "trajectory (.dcd); energies go to NAME.energies.npy, checkpoints to "
                + "NAME.checkpoint"));
        o.addOption(valued("temperature", "K",
                "temperature in K (default: the prepared temperature; replica exchange: T_min)"));
        o.addOption(valued("timestep-fs", "FS", "integration time step in fs (default 1)"));
        o.addOption(valued("friction-per-ps", "G", "Langevin friction in 1/ps (default 1)"));
        o.addOption(valued("report-ps", "PS", "ps between frames (default 1)"));
        o.addOption(valued("checkpoint-ps", "PS", "ps between checkpoints (default 100)"));
        o.addOption(valued("replicas", "K",
                "replicas on a geometric ladder temperature..tmax (default 1: plain MD)"));
        o.addOption(valued("tmax", "K", "highest replica temperature in K (with --replicas > 1)"));
        o.addOption(valued("exchange-ps", "PS", "ps between exchange attempts (default 1)"));
        o.addOption(valued("platform", "NAME", "OpenMM platform: Reference, CPU (default: by system size)"));
        o.addOption(flag("no-minimize", "skip energy minimisation of a new run"));
        o.addOption(flag("resume", "continue from OUT's checkpoint"));
        return o;
    }


    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        Path dir = Arguments.path(line, "system");
        Path out = Arguments.path(line, "out").toAbsolutePath();
        double ns = positive(line, "ns", Arguments.doubleValue(line, "ns"));
        int replicas = Arguments.intValue(line, "replicas", 1);
        if (replicas < 1) {
            throw new UsageException("--replicas must be at least 1, got " + replicas);
        }
        boolean resume = line.hasOption("resume");
        MdOptions options = mdOptions(line, context, replicas, SystemDirectory.readInfo(dir).temperatureK());
        long totalSteps = steps(options, ns * 1000, "--ns");
        long reportSteps = steps(options, positive(line, "report-ps", Arguments.doubleValue(line, "report-ps", 1)),
                "--report-ps");
        long checkpointSteps = steps(options, positive(line, "checkpoint-ps",
                Arguments.doubleValue(line, "checkpoint-ps", 100)), "--checkpoint-ps");
        Optional<TemperatureLadder> ladder = ladder(line, options, replicas);
        long exchangeSteps = steps(options, positive(line, "exchange-ps",
                Arguments.doubleValue(line, "exchange-ps", 1)), "--exchange-ps");
        Path checkpointPath = CheckpointFile.besideTrajectory(out);
        if (!resume && Files.exists(checkpointPath)) {
            throw new UsageException(checkpointPath + " exists: pass --resume to continue that run, or delete it "
                    + "to start over");
        }
        if (!Files.isDirectory(out.getParent())) {
            throw new UsageException("output directory does not exist: " + out.getParent());
        }

        CountDownLatch finished = new CountDownLatch(1);
        Simulation[] running = new Simulation[1];
        Thread hook = new Thread(() -> {
            Simulation s = running[0];
            if (s != null) {
                s.requestStop();
                try {
                    finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "arbg-simulate-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (PreparedSystem system = SystemDirectory.load(dir)) {
            Checkpoint checkpoint = resume ? CheckpointFile.read(checkpointPath) : null;
            if (checkpoint != null && checkpoint.info().framesWritten() != checkpoint.info().step() / reportSteps) {
                throw new UsageException("the checkpoint holds " + checkpoint.info().framesWritten()
                        + " frames at step " + checkpoint.info().step() + ": resume with the --report-ps of the"
                        + " original run");
            }
            try (Simulation sim = open(system, options, ladder, exchangeSteps, context.threads(), checkpoint,
                    checkpointPath);
                 TrajectoryReporter traj = checkpoint == null
                         ? TrajectoryReporter.create(out, sim.numParticles(), options.timestepPs(), reportSteps)
                         : TrajectoryReporter.resume(out, sim.numParticles(), reportSteps,
                                 checkpoint.info().framesWritten())) {
                sim.addReporter(traj);
                sim.checkpointTo(checkpointPath, checkpointSteps);
                running[0] = sim;
                LOG.info("{} on {}: {} particles, {} ps to go, frames to {}", ladder.isPresent()
                        ? "replica exchange " + ladder.get() : "MD at " + options.temperatureK() + " K",
                        sim.platform(), sim.numParticles(),
                        String.format(Locale.ROOT, "%.1f", (totalSteps - sim.step()) * options.timestepPs()), out);
                RunResult result;
                try (ProgressDisplay progress = context.progress("simulate", totalSteps)) {
                    result = sim.run(totalSteps, progress);
                }
                LOG.info("{} at {} ns: {} frames, {} ns/day{}", result.completed() ? "finished" : "stopped",
                        String.format(Locale.ROOT, "%.4f", result.simulatedNs()), result.framesWritten(),
                        String.format(Locale.ROOT, "%.1f", result.nsPerDay()),
                        result.acceptance().length == 0 ? ""
                                : ", exchange acceptance per pair " + Arrays.toString(result.acceptance()));
                return result.completed() ? 0 : 130;
            }
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting because of a signal; the hook is already running
            }
        }
    }

    private static Simulation open(PreparedSystem system, MdOptions options, Optional<TemperatureLadder> ladder,
                                   long exchangeSteps, int threads, Checkpoint checkpoint, Path checkpointPath) {
        String source = checkpointPath.toString();
        if (ladder.isPresent()) {
            return checkpoint == null
                    ? ReplicaExchange.create(system.system(), system.structure().positionsNm(), options, ladder.get(),
                            exchangeSteps, threads)
                    : ReplicaExchange.resume(system.system(), checkpoint, options, ladder.get(), exchangeSteps,
                            threads, source);
        }
        return checkpoint == null
                ? MdSimulation.create(system.system(), system.structure().positionsNm(), options)
                : MdSimulation.resume(system.system(), checkpoint, options, source);
    }

    private static MdOptions mdOptions(CommandLine line, CliContext context, int replicas, double preparedK) {
        double t = positive(line, "temperature", Arguments.doubleValue(line, "temperature", preparedK));
        double dt = positive(line, "timestep-fs", Arguments.doubleValue(line, "timestep-fs", 1));
        double gamma = positive(line, "friction-per-ps", Arguments.doubleValue(line, "friction-per-ps", 1));
        Optional<String> platform = Optional.ofNullable(line.getOptionValue("platform"));
        // CPU Contexts share the cores: one OpenMM thread each when replicas run on their own Java threads
        int platformThreads = Math.max(1, context.threads() / replicas);
        return new MdOptions(t, gamma, dt, context.seed(), platform, platformThreads, !line.hasOption("no-minimize"));
    }

    private static Optional<TemperatureLadder> ladder(CommandLine line, MdOptions options, int replicas) {
        if (replicas == 1) {
            if (line.hasOption("tmax")) {
                throw new UsageException("--tmax needs --replicas 2 or more");
            }
            return Optional.empty();
        }
        double tmax = Arguments.doubleValue(line, "tmax");
        if (tmax < options.temperatureK()) {
            throw new UsageException("--tmax " + tmax + " K is below --temperature " + options.temperatureK() + " K");
        }
        return Optional.of(TemperatureLadder.geometric(options.temperatureK(), tmax, replicas));
    }

    private static long steps(MdOptions options, double ps, String option) {
        try {
            return options.stepsIn(ps, option);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static double positive(CommandLine line, String option, double v) {
        if (!(v > 0)) {
            throw new UsageException("--" + option + " must be positive, got " + v);
        }
        return v;
    }
}
