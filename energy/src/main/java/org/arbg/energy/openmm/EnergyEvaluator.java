package org.arbg.energy.openmm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Batched potential and reduced energies (and optionally forces) of many frames of one System. Frames come as one
 * flat {@code double[]} in nm (x y z per atom, frame after frame). A pool of Contexts, one per thread, evaluates
 * contiguous frame ranges; each frame is evaluated on its own, so on the (deterministic) Reference platform the
 * results do not depend on the thread count. A frame whose energy is NaN or infinite, or which OpenMM rejects,
 * gets u = +∞ and is listed in {@link EnergyBatch#failedFrames()}; the running count is {@link #failedFrames()}.
 *
 * <p>Thread-safe: calls are serialized. Close the evaluator before the System it was made from.
 */
public final class EnergyEvaluator implements AutoCloseable {
    /** The molar gas constant k_B N_A in kJ/mol/K, as OpenMM's MOLAR_GAS_CONSTANT_R. */
    public static final double MOLAR_GAS_CONSTANT_R = 0.00831446261815324;

    private final int numAtoms;
    private final double kT;
    private final String platform;
    private final List<OpenMMContext> contexts = new ArrayList<>();
    private final ExecutorService pool;
    private final AtomicInteger failedTotal = new AtomicInteger();
    private boolean closed;

    /**
     * @param system  the System (kept open by the caller until this evaluator is closed)
     * @param options temperature (K), threads and platform
     */
    public EnergyEvaluator(OpenMMSystem system, EnergyOptions options) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(options, "options");
        this.numAtoms = system.getNumParticles();
        this.kT = MOLAR_GAS_CONSTANT_R * options.temperatureK();
        this.platform = options.platform().orElseGet(() -> PlatformChoice.forSize(numAtoms));
        try {
            for (int i = 0; i < options.threads(); i++) {
                contexts.add(new OpenMMContext(system, platform, PlatformChoice.properties(platform)));
            }
        } catch (RuntimeException e) {
            contexts.forEach(OpenMMContext::close);
            throw e;
        }
        this.pool = options.threads() == 1 ? null : Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "arbg-energy");
            t.setDaemon(true);
            return t;
        });
    }

    public int numAtoms() {
        return numAtoms;
    }

    /** k_B T in kJ/mol. */
    public double kT() {
        return kT;
    }

    /** The platform the Contexts run on. */
    public String platform() {
        return platform;
    }

    public int threads() {
        return contexts.size();
    }

    /** Failed frames (u = +∞) over the evaluator's lifetime. */
    public int failedFrames() {
        return failedTotal.get();
    }

    /** Energies (kJ/mol) and reduced energies (kT) of all frames in {@code framesNm}. */
    public EnergyBatch energies(double[] framesNm) {
        return evaluate(framesNm, false);
    }

    /** Energies, reduced energies and forces (kJ/mol/nm) of all frames in {@code framesNm}. */
    public EnergyBatch energiesAndForces(double[] framesNm) {
        return evaluate(framesNm, true);
    }

    /** Reduced energies u = E / (k_B T) of all frames; +∞ for failed frames. */
    public double[] reducedEnergies(double[] framesNm) {
        return energies(framesNm).reduced();
    }

    private synchronized EnergyBatch evaluate(double[] framesNm, boolean withForces) {
        if (closed) {
            throw new IllegalStateException("EnergyEvaluator is closed");
        }
        Objects.requireNonNull(framesNm, "framesNm");
        int frameLen = 3 * numAtoms;
        if (framesNm.length % frameLen != 0) {
            throw new IllegalArgumentException(framesNm.length + " coordinates are not a whole number of frames of "
                    + numAtoms + " atoms (" + frameLen + " values each)");
        }
        int n = framesNm.length / frameLen;
        double[] energies = new double[n];
        double[] forces = withForces ? new double[framesNm.length] : null;
        int chunks = Math.min(contexts.size(), Math.max(n, 1));
        if (chunks <= 1 || pool == null) {
            evaluateRange(contexts.get(0), framesNm, 0, n, energies, forces);
        } else {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                int from = (int) ((long) n * c / chunks);
                int to = (int) ((long) n * (c + 1) / chunks);
                OpenMMContext ctx = contexts.get(c);
                futures.add(pool.submit(() -> evaluateRange(ctx, framesNm, from, to, energies, forces)));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while evaluating energies", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("energy evaluation failed: " + e.getCause(), e.getCause());
                }
            }
        }
        double[] reduced = new double[n];
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(energies[i])) {
                reduced[i] = energies[i] / kT;
            } else {
                // never 0 and never a stale value: the weight of this frame must vanish
                energies[i] = Double.POSITIVE_INFINITY;
                reduced[i] = Double.POSITIVE_INFINITY;
                failed.add(i);
            }
        }
        failedTotal.addAndGet(failed.size());
        return new EnergyBatch(energies, reduced, Optional.ofNullable(forces),
                failed.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Evaluates frames [from, to) on one Context, copying the range in and out of the shared arrays. */
    private void evaluateRange(OpenMMContext ctx, double[] frames, int from, int to, double[] energies,
                               double[] forces) {
        int count = to - from;
        if (count == 0) {
            return;
        }
        int frameLen = 3 * numAtoms;
        if (count * frameLen == frames.length) {
            ctx.evaluateFrames(frames, count, energies, forces);
            return;
        }
        double[] slice = new double[count * frameLen];
        System.arraycopy(frames, from * frameLen, slice, 0, slice.length);
        double[] e = new double[count];
        double[] f = forces == null ? null : new double[slice.length];
        ctx.evaluateFrames(slice, count, e, f);
        System.arraycopy(e, 0, energies, from, count);
        if (forces != null) {
            System.arraycopy(f, 0, forces, from * frameLen, f.length);
        }
    }

    /** Closes the Contexts and the thread pool; the System stays open. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (pool != null) {
            pool.shutdownNow();
        }
        contexts.forEach(OpenMMContext::close);
    }
}
