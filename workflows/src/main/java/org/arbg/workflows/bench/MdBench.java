package org.arbg.workflows.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.arbg.adapters.Progress;
import org.arbg.energy.md.MdOptions;
import org.arbg.energy.md.MdSimulation;
import org.arbg.energy.md.ReplicaExchange;
import org.arbg.energy.md.Simulation;
import org.arbg.energy.md.TemperatureLadder;
import org.arbg.energy.openmm.OpenMMLibrary;
import org.arbg.energy.openmm.OpenMMSystem;

/**
 * MD throughput in simulated ns per day of wall time, through the classes {@code arbg simulate} uses: plain Langevin
 * dynamics ({@link MdSimulation}) and parallel tempering ({@link ReplicaExchange}). LangevinMiddleIntegrator, 1 fs,
 * 1/ps, 300 K (replica exchange: a geometric ladder of {@value #REPLICAS} temperatures from 300 to
 * {@value #T_MAX_K} K, exchanges every {@link Config#exchangeSteps()} steps). Each run is minimised (as
 * {@code arbg simulate} does), warmed up for {@link Config#warmupSteps()} steps, then timed over
 * {@link Config#steps()} steps per repeat. No reporters and no checkpoints: pure integration (plus exchanges).
 *
 * <p>Platforms: Reference (one thread; replicas stepped one after another, as {@link ReplicaExchange} must), and
 * CPU with each configured thread count — for plain MD the Context's OpenMM {@code Threads}; for replica exchange
 * the Java threads stepping replicas, each Context with one OpenMM thread (as {@code arbg simulate --threads} does).
 */
public final class MdBench {
    public static final double TEMPERATURE_K = 300;
    public static final double FRICTION_PER_PS = 1;
    public static final double TIMESTEP_FS = 1;
    public static final int REPLICAS = 4;
    public static final double T_MAX_K = 600;
    /** The ladder system whose replica-exchange throughput is measured. */
    public static final String REPLICA_EXCHANGE_SYSTEM = "alanine-dipeptide";
    private static final long SEED = 20240611L;

    /**
     * How long MD runs.
     *
     * @param steps         timed steps per repeat
     * @param warmupSteps   untimed steps after minimisation
     * @param exchangeSteps steps between replica-exchange rounds
     */
    public record Config(int steps, int warmupSteps, long exchangeSteps) {
        public Config {
            if (steps < 1 || warmupSteps < 0 || exchangeSteps < 1) {
                throw new IllegalArgumentException("MD steps and exchange interval must be positive: " + steps + ", "
                        + warmupSteps + ", " + exchangeSteps);
            }
        }
    }

    /**
     * One (kind, platform, threads) run.
     *
     * @param kind            "md" (one trajectory) or "replica-exchange"
     * @param platform        OpenMM platform
     * @param threads         CPU platform: OpenMM threads of the Context (md), Java threads stepping replicas
     *                        (replica-exchange); 1 on Reference
     * @param openmmThreads   OpenMM threads per Context (CPU platform; 1 on Reference)
     * @param temperaturesK   one per replica, lowest (the target ensemble) first, K
     * @param timestepFs      time step, fs
     * @param steps           timed steps per repeat
     * @param warmupSteps     untimed steps before the first repeat
     * @param exchangeSteps   steps between exchange rounds (0 for md)
     * @param nsPerDay        simulated ns of the target (lowest-temperature) ensemble per day of wall time
     * @param microsPerStep   wall time per MD step of the whole run (all replicas), µs
     * @param exchangeRounds  exchange rounds done (warm-up included)
     * @param acceptance      exchange acceptance per neighbouring pair over those rounds; empty without rounds
     */
    public record Result(String kind, String platform, int threads, int openmmThreads, List<Double> temperaturesK,
                         double timestepFs, int steps, int warmupSteps, long exchangeSteps, Stat nsPerDay,
                         Stat microsPerStep, long exchangeRounds, List<Double> acceptance) {
    }

    private MdBench() {
    }

    /** Plain Langevin MD of the System from {@code positionsNm} on every platform and thread count. */
    static List<Result> plain(OpenMMSystem system, double[] positionsNm, BenchConfig c) throws IOException {
        List<Result> out = new ArrayList<>();
        for (int[] run : runs(c)) {
            String platform = run[0] == 0 ? "Reference" : "CPU";
            MdOptions o = options(platform, run[1]);
            try (MdSimulation sim = MdSimulation.create(system, positionsNm, o)) {
                out.add(time(sim, "md", platform, run[1], run[1], new double[] {TEMPERATURE_K}, 0, c));
            }
        }
        return out;
    }

    /** Parallel tempering ({@value #REPLICAS} replicas, 300–{@value #T_MAX_K} K) on every platform and thread count. */
    static List<Result> replicaExchange(OpenMMSystem system, double[] positionsNm, BenchConfig c) throws IOException {
        List<Result> out = new ArrayList<>();
        TemperatureLadder ladder = TemperatureLadder.geometric(TEMPERATURE_K, T_MAX_K, REPLICAS);
        for (int[] run : runs(c)) {
            String platform = run[0] == 0 ? "Reference" : "CPU";
            MdOptions o = options(platform, 1);
            try (ReplicaExchange rex = ReplicaExchange.create(system, positionsNm, o, ladder, c.md().exchangeSteps(),
                    run[1])) {
                Result r = time(rex, "replica-exchange", platform, run[1], 1, ladder.temperaturesK(),
                        c.md().exchangeSteps(), c);
                List<Double> acc = new ArrayList<>();
                if (rex.rounds() > 0) {
                    for (double a : rex.acceptanceRates()) {
                        acc.add(a);
                    }
                }
                out.add(new Result(r.kind(), r.platform(), r.threads(), r.openmmThreads(), r.temperaturesK(),
                        r.timestepFs(), r.steps(), r.warmupSteps(), r.exchangeSteps(), r.nsPerDay(),
                        r.microsPerStep(), rex.rounds(), acc));
            }
        }
        return out;
    }

    /** {0, 1} for Reference, then {1, t} for CPU with each thread count (when the CPU platform loaded). */
    private static List<int[]> runs(BenchConfig c) {
        List<int[]> runs = new ArrayList<>();
        runs.add(new int[] {0, 1});
        if (OpenMMLibrary.load().hasPlatform("CPU")) {
            for (int t : c.energyThreads()) {
                runs.add(new int[] {1, t});
            }
        }
        return runs;
    }

    private static MdOptions options(String platform, int openmmThreads) {
        return new MdOptions(TEMPERATURE_K, FRICTION_PER_PS, TIMESTEP_FS, SEED, Optional.of(platform),
                openmmThreads, true);
    }

    private static Result time(Simulation sim, String kind, String platform, int threads, int openmmThreads,
                               double[] temperaturesK, long exchangeSteps, BenchConfig c) throws IOException {
        Config m = c.md();
        sim.run(m.warmupSteps(), Progress.NONE);
        double[] nsPerDay = new double[c.repeats()];
        double[] micros = new double[c.repeats()];
        double stepNs = TIMESTEP_FS * 1e-6;
        for (int r = 0; r < c.repeats(); r++) {
            long target = sim.step() + m.steps();
            long t0 = System.nanoTime();
            sim.run(target, Progress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            micros[r] = seconds * 1e6 / m.steps();
            nsPerDay[r] = m.steps() * stepNs / seconds * 86400;
        }
        List<Double> temps = new ArrayList<>();
        for (double t : temperaturesK) {
            temps.add(t);
        }
        return new Result(kind, platform, threads, openmmThreads, temps, TIMESTEP_FS, m.steps(), m.warmupSteps(),
                exchangeSteps, Stat.of(nsPerDay), Stat.of(micros), 0, List.of());
    }
}
