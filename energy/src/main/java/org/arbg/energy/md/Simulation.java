package org.arbg.energy.md;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.io.Sha256;
import org.arbg.energy.openmm.LangevinContext;
import org.arbg.energy.openmm.OpenMMSystem;
import org.arbg.energy.openmm.PlatformChoice;
import org.arbg.energy.openmm.StateSnapshot;

/**
 * Langevin dynamics of one or more replicas of a System that advance in lockstep, integrated in chunks: between
 * chunks the run reports to its {@link Reporter}s, lets a subclass act (replica exchange), writes checkpoints, and
 * checks whether it should stop ({@link #requestStop()} or thread interrupt), in which case it writes a checkpoint
 * and returns. Positions in nm, time in ps, energies in kJ/mol, temperatures in K.
 *
 * <p>Not thread-safe, except {@link #requestStop()}, which any thread (a shutdown hook) may call. Close the
 * simulation before its System.
 */
public abstract sealed class Simulation implements AutoCloseable permits MdSimulation, ReplicaExchange {
    /** Most steps integrated between two looks at the stop flag (~35 ms for alanine dipeptide on Reference). */
    static final int MAX_CHUNK_STEPS = 1000;

    final OpenMMSystem system;
    final MdOptions options;
    final String platform;
    final List<LangevinContext> replicas = new ArrayList<>();
    final double[] massesAmu;
    private final String systemSha256;
    private final List<Reporter> reporters = new ArrayList<>();
    private Path checkpointPath;
    private long checkpointInterval;
    private volatile boolean stopRequested;
    long step;
    double timePs;

    /** Opens one Context per temperature; the subclass then calls {@link #startFresh} or {@link #restore}. */
    Simulation(OpenMMSystem system, MdOptions options, double[] temperaturesK) {
        this.system = Objects.requireNonNull(system, "system");
        this.options = Objects.requireNonNull(options, "options");
        this.platform = options.platform().orElseGet(() -> PlatformChoice.forSystem(system));
        Map<String, String> props = platform.equals("CPU")
                ? Map.of("Threads", Integer.toString(options.platformThreads())) : Map.of();
        this.massesAmu = new double[system.getNumParticles()];
        for (int i = 0; i < massesAmu.length; i++) {
            massesAmu[i] = system.getParticleMass(i);
        }
        this.systemSha256 = Sha256.hex(system.toXml());
        try {
            for (int r = 0; r < temperaturesK.length; r++) {
                replicas.add(new LangevinContext(system, temperaturesK[r], options.frictionPerPs(),
                        options.timestepPs(), integratorSeed(options.seed(), r), platform, props));
            }
        } catch (RuntimeException e) {
            replicas.forEach(LangevinContext::close);
            throw e;
        }
    }

    /** A non-zero int seed per replica (0 would ask OpenMM for a random one). */
    static int integratorSeed(long seed, int replica) {
        long z = mix(seed + 0x632BE59BD9B4E019L * (replica + 1));
        int s = (int) (z ^ (z >>> 32)) & 0x7fffffff;
        return s == 0 ? 1 : s;
    }

    /** SplitMix64's finaliser: decorrelates nearby seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * New run: sets the positions, minimises once (when asked) and gives every replica those positions and
     * Maxwell-Boltzmann velocities at its own temperature.
     */
    void startFresh(double[] positionsNm) {
        LangevinContext first = replicas.get(0);
        first.setPositions(positionsNm);
        double[] start = positionsNm;
        if (options.minimize()) {
            first.minimize(MdOptions.MINIMIZE_TOLERANCE_KJ_PER_MOL_NM, 0);
            start = first.snapshot(false).positionsNm();
        }
        for (int r = 0; r < replicas.size(); r++) {
            LangevinContext c = replicas.get(r);
            c.setPositions(start);
            c.setVelocities(MaxwellBoltzmann.draw(massesAmu, c.getTemperature(), mix(options.seed() ^ (r + 1))));
            c.setStepCount(0);
            c.setTimePs(0);
        }
        step = 0;
        timePs = 0;
    }

    /**
     * Continues from a checkpoint: the platform's exact restart data when the platform is the same, else the
     * portable State XML (then the Langevin noise differs from an uninterrupted run, the ensemble does not).
     *
     * @throws BadInputException when the checkpoint belongs to another System, kind, time step or replica count
     */
    void restore(Checkpoint checkpoint, String source) {
        CheckpointInfo info = checkpoint.info();
        String why = null;
        if (!info.kind().equals(kind())) {
            why = "it is a " + info.kind() + " checkpoint, this run is " + kind();
        } else if (info.numParticles() != massesAmu.length || !info.systemSha256().equals(systemSha256)) {
            why = "it was written for another System";
        } else if (info.replicaTemperaturesK().length != replicas.size()) {
            why = "it has " + info.replicaTemperaturesK().length + " replicas, this run " + replicas.size();
        } else if (Math.abs(info.timestepPs() - options.timestepPs()) > 1e-12) {
            why = "its time step is " + info.timestepPs() * 1000 + " fs, this run's " + options.timestepFs() + " fs";
        } else if (!sameTemperatures(info.replicaTemperaturesK())) {
            why = "its temperatures " + Arrays.toString(info.replicaTemperaturesK())
                    + " K differ from this run's";
        } else if (info.seed() != options.seed()) {
            why = "its seed is " + info.seed() + ", this run's " + options.seed();
        }
        if (why != null) {
            throw new BadInputException(source, "", "cannot resume: " + why);
        }
        for (int r = 0; r < replicas.size(); r++) {
            LangevinContext c = replicas.get(r);
            Checkpoint.Replica saved = checkpoint.replicas().get(r);
            if (info.platform().equals(platform)) {
                c.loadCheckpoint(saved.nativeCheckpoint());
            } else {
                c.setStateXml(saved.stateXml());
            }
            c.setTemperature(info.replicaTemperaturesK()[r]);
            c.setStepCount(info.step());
            c.setTimePs(info.timePs());
        }
        step = info.step();
        timePs = info.timePs();
    }

    /** Whether a checkpoint's replica temperatures are this run's, in any order (exchanges permute them). */
    private boolean sameTemperatures(double[] saved) {
        double[] a = saved.clone();
        double[] b = new double[replicas.size()];
        for (int r = 0; r < b.length; r++) {
            b[r] = replicas.get(r).getTemperature();
        }
        Arrays.sort(a);
        Arrays.sort(b);
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-9 * b[i]) {
                return false;
            }
        }
        return true;
    }

    /** "md" or "replica-exchange", as stored in checkpoints. */
    abstract String kind();

    /** Integrates every replica by {@code steps}. */
    abstract void advance(int steps);

    /** Steps from {@code currentStep} to the next exchange, or Long.MAX_VALUE when there is none. */
    abstract long stepsUntilExchange(long currentStep);

    /** Attempts exchanges; called at the step {@link #stepsUntilExchange} pointed to. */
    abstract void exchange();

    /** The replica whose state reporters see (the one at the lowest temperature). */
    abstract int reportedReplica();

    /** Exchange counters for checkpoints; plain MD has none. */
    abstract long exchangeRounds();

    abstract long[] pairAttempts();

    abstract long[] pairAccepts();

    /** Acceptance per neighbouring pair; empty for plain MD. */
    public abstract double[] acceptanceRates();

    /** Adds a reporter; frames in checkpoints are stored in the order reporters were added. */
    public void addReporter(Reporter reporter) {
        reporters.add(Objects.requireNonNull(reporter, "reporter"));
    }

    /**
     * Writes a checkpoint to {@code path} every {@code intervalSteps} steps, when stopped, and at the end.
     */
    public void checkpointTo(Path path, long intervalSteps) {
        if (intervalSteps < 1) {
            throw new IllegalArgumentException("checkpoint interval must be at least one step: " + intervalSteps);
        }
        this.checkpointPath = Objects.requireNonNull(path, "path");
        this.checkpointInterval = intervalSteps;
    }

    /** Asks the run to stop after the current chunk and write a checkpoint; safe from any thread. */
    public void requestStop() {
        stopRequested = true;
    }

    /** MD steps done so far. */
    public long step() {
        return step;
    }

    /** Simulation time (ps). */
    public double timePs() {
        return timePs;
    }

    /** The OpenMM platform the Contexts run on. */
    public String platform() {
        return platform;
    }

    public int numParticles() {
        return massesAmu.length;
    }

    /** Particle masses (amu). */
    public double[] massesAmu() {
        return massesAmu.clone();
    }

    /** The current state of the reported replica (positions nm, energies kJ/mol, optionally velocities nm/ps). */
    public StateSnapshot snapshot(boolean withVelocities) {
        return replicas.get(reportedReplica()).snapshot(withVelocities);
    }

    /**
     * Integrates until {@code totalSteps} steps are done in all (a resumed run counts its earlier steps), or until
     * stopped. Writes a checkpoint when stopped and at the end, if {@link #checkpointTo} was called.
     *
     * @param totalSteps the run's total length in steps
     * @param progress   receives steps done / total and "ns done, ns/day"
     * @throws MdInstabilityException when the dynamics blows up (no checkpoint is written then)
     */
    public RunResult run(long totalSteps, Progress progress) throws IOException {
        long startStep = step;
        long t0 = System.nanoTime();
        boolean stopped = false;
        long[] due = new long[reporters.size()];
        while (step < totalSteps) {
            if (stopRequested || Thread.interrupted()) {
                stopped = true;
                break;
            }
            long n = Math.min(totalSteps - step, MAX_CHUNK_STEPS);
            for (int i = 0; i < reporters.size(); i++) {
                ReportRequest req = reporters.get(i).nextReport(step);
                due[i] = req.steps();
                n = Math.min(n, req.steps());
            }
            long toExchange = stepsUntilExchange(step);
            n = Math.min(n, toExchange);
            if (checkpointPath != null) {
                n = Math.min(n, checkpointInterval - Math.floorMod(step, checkpointInterval));
            }
            advance((int) n);
            step += n;
            timePs += n * options.timestepPs();
            report(due, n);
            if (toExchange == n) {
                exchange();
            }
            if (checkpointPath != null && Math.floorMod(step, checkpointInterval) == 0) {
                writeCheckpoint();
            }
            progress.update(step, totalSteps, detail(startStep, t0));
        }
        if (checkpointPath != null) {
            writeCheckpoint();
        }
        if (stopped && stopRequested) {
            stopRequested = false;
        } else if (stopped) {
            Thread.currentThread().interrupt();
        }
        long frames = reporters.isEmpty() ? 0 : reporters.get(0).framesWritten();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        return new RunResult(step >= totalSteps, step, step - startStep, timePs / 1000, frames, elapsed,
                nsPerDay(startStep, t0), acceptanceRates());
    }

    private void report(long[] due, long advanced) throws IOException {
        boolean any = false;
        boolean velocities = false;
        for (int i = 0; i < due.length; i++) {
            if (due[i] == advanced) {
                any = true;
                velocities |= reporters.get(i).nextReport(step - advanced).velocities();
            }
        }
        if (!any) {
            return;
        }
        StateSnapshot s = snapshot(velocities);
        if (!s.isFinite()) {
            throw new MdInstabilityException("the dynamics blew up before step " + step + " (t = "
                    + String.format(Locale.ROOT, "%.3f", timePs) + " ps): non-finite positions or energy "
                    + s.potentialKjPerMol() + " kJ/mol; try a smaller time step or more friction");
        }
        for (int i = 0; i < due.length; i++) {
            if (due[i] == advanced) {
                reporters.get(i).report(s);
            }
        }
    }

    /** Flushes the reporters, then captures every replica into one atomically written file. */
    private void writeCheckpoint() throws IOException {
        long[] frames = new long[reporters.size()];
        for (int i = 0; i < reporters.size(); i++) {
            reporters.get(i).flush();
            frames[i] = reporters.get(i).framesWritten();
        }
        double[] temps = new double[replicas.size()];
        List<Checkpoint.Replica> states = new ArrayList<>();
        for (int r = 0; r < replicas.size(); r++) {
            LangevinContext c = replicas.get(r);
            temps[r] = c.getTemperature();
            states.add(new Checkpoint.Replica(c.stateXml(), c.createCheckpoint()));
        }
        CheckpointInfo info = new CheckpointInfo(CheckpointInfo.FORMAT_VERSION, kind(), options.seed(), step, timePs,
                frames, massesAmu.length, platform, options.timestepPs(), temps, exchangeRounds(), pairAttempts(),
                pairAccepts(), systemSha256);
        CheckpointFile.write(checkpointPath, new Checkpoint(info, states));
    }

    private double nsPerDay(long startStep, long t0) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        double ns = (step - startStep) * options.timestepPs() / 1000;
        return seconds > 0 ? ns / seconds * 86400 : 0;
    }

    String detail(long startStep, long t0) {
        return String.format(Locale.ROOT, "%.3f ns, %.1f ns/day", timePs / 1000, nsPerDay(startStep, t0));
    }


    /** Closes the Contexts; the System and the reporters stay open (their owner closes them). */
    @Override
    public void close() {
        for (LangevinContext c : replicas) {
            c.close();
        }
    }
}
