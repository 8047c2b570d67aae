package org.arbg.energy.md;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.arbg.adapters.BadInputException;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.energy.openmm.LangevinContext;
import org.arbg.energy.openmm.OpenMMSystem;

/**
 * Parallel tempering: one Langevin replica (Context) per rung of a {@link TemperatureLadder}. Every
 * {@code exchangeInterval} steps each neighbouring pair of rungs (k, k+1), in order, swaps its replicas with the
 * Metropolis probability min(1, exp((β_k − β_{k+1})(U_a − U_b))), where replica a sits at rung k, b at k+1 and
 * β = 1/(k_B T). A swap moves the temperatures, not the coordinates: each replica's integrator gets its new
 * temperature and its velocities are scaled by sqrt(T_new/T_old). Reporters see the replica at the lowest rung,
 * so the written trajectory samples the T_min ensemble. Exchange decisions come from a random stream indexed by the
 * seed and the round, so they are reproducible and survive a resume.
 *
 * <p>Replicas are stepped on {@code threads} Java threads, except on the Reference platform, whose Langevin noise
 * comes from one process-wide generator that is not thread-safe: there they are stepped one after another.
 */
public final class ReplicaExchange extends Simulation {
    private final TemperatureLadder ladder;
    private final long exchangeInterval;
    /** replicaAtRung[k] = the replica (Context index) currently at temperature rung k. */
    private final int[] replicaAtRung;
    private final long[] attempts;
    private final long[] accepts;
    private final ExecutorService pool;
    private long rounds;

    private ReplicaExchange(OpenMMSystem system, MdOptions options, TemperatureLadder ladder, long exchangeInterval,
                            int threads) {
        super(system, options, ladder.temperaturesK());
        if (exchangeInterval < 1) {
            throw new IllegalArgumentException("exchange interval must be at least one step: " + exchangeInterval);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.ladder = ladder;
        this.exchangeInterval = exchangeInterval;
        int k = ladder.size();
        this.replicaAtRung = new int[k];
        for (int i = 0; i < k; i++) {
            replicaAtRung[i] = i;
        }
        this.attempts = new long[Math.max(0, k - 1)];
        this.accepts = new long[Math.max(0, k - 1)];
        int workers = Math.min(threads, k);
        this.pool = platform.equals("Reference") || workers < 2 ? null
                : Executors.newFixedThreadPool(workers, r -> {
                    Thread t = new Thread(r, "arbg-replica");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * A new run: every replica starts from the same minimised positions (nm) with velocities at its own
     * temperature. {@link MdOptions#temperatureK()} is ignored: the ladder sets the temperatures.
     *
     * @param exchangeInterval MD steps between exchange rounds
     * @param threads          Java threads stepping replicas (not used on the Reference platform)
     */
    public static ReplicaExchange create(OpenMMSystem system, double[] positionsNm, MdOptions options,
                                         TemperatureLadder ladder, long exchangeInterval, int threads) {
        ReplicaExchange rex = new ReplicaExchange(system, options, ladder, exchangeInterval, threads);
        try {
            rex.startFresh(positionsNm);
            return rex;
        } catch (RuntimeException e) {
            rex.close();
            throw e;
        }
    }

    /**
     * Continues from a checkpoint of the same System, ladder, time step and seed, restoring which replica sits at
     * which temperature and the exchange statistics.
     *
     * @param source names the checkpoint in error messages
     */
    public static ReplicaExchange resume(OpenMMSystem system, Checkpoint checkpoint, MdOptions options,
                                         TemperatureLadder ladder, long exchangeInterval, int threads,
                                         String source) {
        ReplicaExchange rex = new ReplicaExchange(system, options, ladder, exchangeInterval, threads);
        try {
            rex.restore(checkpoint, source);
            rex.restoreExchanges(checkpoint.info(), source);
            return rex;
        } catch (RuntimeException e) {
            rex.close();
            throw e;
        }
    }

    private void restoreExchanges(CheckpointInfo info, String source) {
        if (info.pairAttempts().length != attempts.length || info.pairAccepts().length != accepts.length) {
            throw new BadInputException(source, "", "cannot resume: exchange statistics for "
                    + info.pairAttempts().length + " pairs, this run has " + attempts.length);
        }
        double[] temps = info.replicaTemperaturesK();
        boolean[] taken = new boolean[temps.length];
        for (int r = 0; r < temps.length; r++) {
            int rung = rungOf(temps[r], taken);
            if (rung < 0) {
                throw new BadInputException(source, "replica " + r, "cannot resume: temperature " + temps[r]
                        + " K is not on the ladder " + ladder);
            }
            taken[rung] = true;
            replicaAtRung[rung] = r;
        }
        System.arraycopy(info.pairAttempts(), 0, attempts, 0, attempts.length);
        System.arraycopy(info.pairAccepts(), 0, accepts, 0, accepts.length);
        rounds = info.exchangeRounds();
    }

    private int rungOf(double t, boolean[] taken) {
        for (int k = 0; k < ladder.size(); k++) {
            if (!taken[k] && Math.abs(ladder.get(k) - t) <= 1e-9 * t) {
                return k;
            }
        }
        return -1;
    }

    public TemperatureLadder ladder() {
        return ladder;
    }

    /** The replica (Context index) at each rung, lowest temperature first. */
    public int[] replicaAtRung() {
        return replicaAtRung.clone();
    }

    /** Exchange rounds done. */
    public long rounds() {
        return rounds;
    }

    @Override
    String kind() {
        return CheckpointInfo.KIND_REPLICA_EXCHANGE;
    }

    @Override
    void advance(int steps) {
        if (pool == null) {
            for (LangevinContext c : replicas) {
                c.step(steps);
            }
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (LangevinContext c : replicas) {
            running.add(pool.submit(() -> c.step(steps)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                // let the others finish their chunk, so all replicas stay at the same step; stop at the next check
                Thread.currentThread().interrupt();
                waitQuietly(running);
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException("a replica failed to integrate: " + e.getCause(), e.getCause());
            }
        }
    }

    private static void waitQuietly(List<Future<?>> running) {
        for (Future<?> f : running) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException again) {
                    // keep waiting: leaving a replica mid-chunk would desynchronise the steps
                } catch (ExecutionException e) {
                    break;
                }
            }
        }
        Thread.currentThread().interrupt();
    }

    @Override
    long stepsUntilExchange(long currentStep) {
        return ladder.size() < 2 ? Long.MAX_VALUE : exchangeInterval - Math.floorMod(currentStep, exchangeInterval);
    }

    @Override
    void exchange() {
        int k = ladder.size();
        double[] energy = new double[k];
        for (int r = 0; r < k; r++) {
            energy[r] = replicas.get(r).getPotentialEnergy();
            if (!Double.isFinite(energy[r])) {
                throw new MdInstabilityException("replica " + r + " blew up before step " + step + ": energy "
                        + energy[r] + " kJ/mol; try a smaller time step or more friction");
            }
        }
        SplittableRandom rng = new SplittableRandom(mix(options.seed() ^ mix(rounds + 1)));
        for (int pair = 0; pair + 1 < k; pair++) {
            int a = replicaAtRung[pair];
            int b = replicaAtRung[pair + 1];
            double betaLow = 1 / (EnergyEvaluator.MOLAR_GAS_CONSTANT_R * ladder.get(pair));
            double betaHigh = 1 / (EnergyEvaluator.MOLAR_GAS_CONSTANT_R * ladder.get(pair + 1));
            double logRatio = (betaLow - betaHigh) * (energy[a] - energy[b]);
            double u = rng.nextDouble();
            attempts[pair]++;
            if (logRatio >= 0 || u < Math.exp(logRatio)) {
                accepts[pair]++;
                replicaAtRung[pair] = b;
                replicaAtRung[pair + 1] = a;
            }
        }
        for (int rung = 0; rung < k; rung++) {
            LangevinContext c = replicas.get(replicaAtRung[rung]);
            double oldT = c.getTemperature();
            double newT = ladder.get(rung);
            if (oldT != newT) {
                double[] v = c.getVelocities();
                double scale = Math.sqrt(newT / oldT);
                for (int i = 0; i < v.length; i++) {
                    v[i] *= scale;
                }
                c.setVelocities(v);
                c.setTemperature(newT);
            }
        }
        rounds++;
    }

    @Override
    int reportedReplica() {
        return replicaAtRung[0];
    }

    @Override
    long exchangeRounds() {
        return rounds;
    }

    @Override
    long[] pairAttempts() {
        return attempts.clone();
    }

    @Override
    long[] pairAccepts() {
        return accepts.clone();
    }

    @Override
    public double[] acceptanceRates() {
        double[] out = new double[attempts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = attempts[i] == 0 ? Double.NaN : (double) accepts[i] / attempts[i];
        }
        return out;
    }

    @Override
    String detail(long startStep, long t0) {
        StringBuilder s = new StringBuilder(super.detail(startStep, t0)).append(", acceptance");
        for (double a : acceptanceRates()) {
            s.append(String.format(Locale.ROOT, " %.2f", a));
        }
        return s.toString();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        super.close();
    }
}
