package org.arbg.workflows.generator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.arbg.adapters.ArbgVersion;
import org.arbg.adapters.Progress;
import org.arbg.adapters.ic.CartesianFrames;
import org.arbg.adapters.ic.InternalCoordinateTransform;
import org.arbg.adapters.io.NpyAppender;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.model.sampling.ConcurrentSampler;
import org.arbg.model.sampling.Samples;

/**
 * {@code arbg sample}: draws proposals from a trained model and writes, into the output directory,
 * <ul>
 *   <li>{@code proposals.dcd}: the conformations (atom 1 at the origin, atom 2 on +x, atom 3 in the xy plane);</li>
 *   <li>{@code log_q.npy}: float64 [n], log q over Cartesian space modulo rigid motion at τ (nats, nm):
 *       log q_ic − log J;</li>
 *   <li>{@code ic.npy}: float64 [n, tokens], the sampled internal coordinates (nm, rad), exact;</li>
 *   <li>{@code sample.json}: {@link SampleSummary}.</li>
 * </ul>
 * Proposals are drawn in chunks of {@code batch} with the KV cache and streamed to disk, so memory does not
 * grow with n. Up to {@code threads} chunks are decoded at once, each on its own Java thread with its own
 * random stream (the k-th split of {@code SplittableRandom(seed)}), and written in chunk order: the files are
 * the same for any thread count. At most threads + 1 chunks are in memory. Every file goes to a temporary
 * name first; the four are committed together at the end ({@code sample.json} last), and a failed run (a
 * failing chunk stops the other threads) leaves the directory as it was.
 */
public final class ProposalSampling {
    public static final String PROPOSALS = "proposals.dcd";
    public static final String LOG_Q = "log_q.npy";
    public static final String IC = "ic.npy";
    public static final String SUMMARY = "sample.json";

    private ProposalSampling() {
    }

    /** Runs one sampling request; {@code progress} gets proposals done of n. */
    public static SampleSummary run(SampleRequest r, Progress progress) throws IOException {
        return run(r, progress, UnaryOperator.identity());
    }

    /**
     * As {@link #run(SampleRequest, Progress)}, with the per-batch draw wrapped by {@code wrap} (tests inject
     * failures with it).
     */
    static SampleSummary run(SampleRequest r, Progress progress, UnaryOperator<BatchDraw> wrap) throws IOException {
        Topology topology;
        try (PreparedSystem system = SystemDirectory.load(r.system())) {
            topology = system.structure().topology();
        }
        try (Generator g = Generator.open(r.model(), topology, r.torchThreads())) {
            Files.createDirectories(r.out());
            ConcurrentSampler sampler = g.model().concurrentSampler(r.temperatures());
            return sample(g, topology, r, progress, wrap.apply((k, size, rng) -> sampler.sample(size, rng)));
        }
    }

    /** Draws one batch on a worker thread. */
    @FunctionalInterface
    interface BatchDraw {
        /**
         * @param batch index of the batch (0, 1, …)
         * @param size  proposals in it
         * @param rng   its own random stream
         */
        Samples draw(int batch, int size, RandomGenerator rng);
    }

    /** A batch ready to write: the samples, their Cartesian frames and log q over Cartesian space. */
    private record Drawn(Samples samples, CartesianFrames frames, double[] logQ) {
    }

    private static SampleSummary sample(Generator g, Topology topology, SampleRequest r, Progress progress,
                                        BatchDraw draw) throws IOException {
        int t = g.spec().numTokens();
        int atoms = topology.numAtoms();
        List<Path> committed = new ArrayList<>();
        TrajectoryWriter dcd = null;
        NpyAppender logQ = null;
        NpyAppender ic = null;
        boolean ok = false;
        try {
            TrajectoryWriter dcdOut = Trajectories.openWriter(r.out().resolve(PROPOSALS), topology);
            dcd = dcdOut;
            NpyAppender logQOut = NpyAppender.open1d(r.out().resolve(LOG_Q));
            logQ = logQOut;
            NpyAppender icOut = NpyAppender.open2d(r.out().resolve(IC), t);
            ic = icOut;
            // batch k's random numbers: the k-th split of one generator, taken in batch order on this thread,
            // so the proposals do not depend on the number of threads or on scheduling
            SplittableRandom root = new SplittableRandom(r.seed());
            InternalCoordinateTransform transform = g.transform();
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            boolean cpuTimed = cpu.isCurrentThreadCpuTimeSupported();
            AtomicLong workerCpuNanos = new AtomicLong();
            int batches = (int) ((r.n() + (long) r.batch() - 1) / r.batch());
            long start = System.nanoTime();
            double[] sumLogQ = new double[1];
            int[] done = new int[1];
            double[] frame = new double[3 * atoms];
            double[] row = new double[t];
            OrderedBatches.run(batches, r.threads(), k -> {
                int size = (int) Math.min(r.batch(), r.n() - (long) k * r.batch());
                SplittableRandom rng = root.split();
                return () -> {
                    long cpu0 = cpuTimed ? cpu.getCurrentThreadCpuTime() : 0;
                    Samples s = draw.draw(k, size, rng);
                    CartesianFrames x = transform.toCartesian(s.ic(), size);
                    Drawn d = new Drawn(s, x, CartesianDensity.logQ(s.logQ(), x.logDetInternalToCartesian()));
                    if (cpuTimed) {
                        workerCpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpu0);
                    }
                    return d;
                };
            }, (k, d) -> {
                int b = d.samples().n();
                for (int i = 0; i < b; i++) {
                    System.arraycopy(d.frames().positionsNm(), i * 3 * atoms, frame, 0, 3 * atoms);
                    dcdOut.writeFrame(frame);
                    System.arraycopy(d.samples().ic(), i * t, row, 0, t);
                    icOut.appendRow(row);
                    logQOut.append(d.logQ()[i]);
                    sumLogQ[0] += d.logQ()[i];
                }
                done[0] += b;
                double rate = done[0] / ((System.nanoTime() - start) / 1e9);
                progress.update(done[0], r.n(), String.format(Locale.ROOT, "%.0f proposals/s", rate));
            });
            dcd.close();
            committed.add(r.out().resolve(PROPOSALS));
            ic.close();
            committed.add(r.out().resolve(IC));
            logQ.close();
            committed.add(r.out().resolve(LOG_Q));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = cpuTimed ? workerCpuNanos.get() / 1e9 : Double.NaN;
            SampleSummary summary = new SampleSummary(r.n(),
                    Arrays.stream(r.temperatures().temperatures()).boxed().toList(), r.model().toString(),
                    r.system().toString(), g.spec().zMatrixDigest(), g.model().provenance().dataDigest(), r.seed(),
                    r.batch(), r.threads(), r.torchThreads(), seconds, r.n() / seconds, cpuSeconds,
                    sumLogQ[0] / r.n(), List.of(PROPOSALS, LOG_Q, IC, SUMMARY), ArbgVersion.get());
            JsonFiles.write(r.out().resolve(SUMMARY), summary);
            ok = true;
            return summary;
        } finally {
            if (!ok) {
                abort(dcd, logQ, ic, committed, r.out().resolve(SUMMARY));
            }
        }
    }

    /** Discards temporaries; if some outputs were already committed, removes them and any old summary too. */
    private static void abort(TrajectoryWriter dcd, NpyAppender logQ, NpyAppender ic, List<Path> committed,
                              Path summary) {
        try {
            if (dcd != null) {
                dcd.abort();
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort: the original failure is the one to report
        }
        if (logQ != null) {
            logQ.abort();
        }
        if (ic != null) {
            ic.abort();
        }
        if (!committed.isEmpty()) {
            committed.add(summary);
            for (Path p : committed) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort, as above
                }
            }
        }
    }
}
