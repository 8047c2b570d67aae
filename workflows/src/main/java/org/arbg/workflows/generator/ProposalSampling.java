package org.arbg.workflows.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.arbg.adapters.ArbgVersion;
import org.arbg.adapters.Progress;
import org.arbg.adapters.ic.CartesianFrames;
import org.arbg.adapters.io.NpyAppender;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
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
 * grow with n. Every file goes to a temporary name first; the four are committed together at the end
 * ({@code sample.json} last), and a failed run leaves the directory as it was.
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
        Topology topology;
        try (PreparedSystem system = SystemDirectory.load(r.system())) {
            topology = system.structure().topology();
        }
        try (Generator g = Generator.open(r.model(), topology, r.threads())) {
            Files.createDirectories(r.out());
            return sample(g, topology, r, progress);
        }
    }

    private static SampleSummary sample(Generator g, Topology topology, SampleRequest r, Progress progress)
            throws IOException {
        int t = g.spec().numTokens();
        int atoms = topology.numAtoms();
        List<Path> committed = new ArrayList<>();
        TrajectoryWriter dcd = null;
        NpyAppender logQ = null;
        NpyAppender ic = null;
        boolean ok = false;
        try {
            dcd = Trajectories.openWriter(r.out().resolve(PROPOSALS), topology);
            logQ = NpyAppender.open1d(r.out().resolve(LOG_Q));
            ic = NpyAppender.open2d(r.out().resolve(IC), t);
            SplittableRandom rng = new SplittableRandom(r.seed());
            long start = System.nanoTime();
            double sumLogQ = 0;
            double[] frame = new double[3 * atoms];
            double[] row = new double[t];
            for (int done = 0; done < r.n(); ) {
                int b = Math.min(r.batch(), r.n() - done);
                Samples s = g.model().sample(b, r.temperature(), rng, r.batch(), true);
                CartesianFrames x = g.transform().toCartesian(s.ic(), b);
                double[] lq = CartesianDensity.logQ(s.logQ(), x.logDetInternalToCartesian());
                for (int i = 0; i < b; i++) {
                    System.arraycopy(x.positionsNm(), i * 3 * atoms, frame, 0, 3 * atoms);
                    dcd.writeFrame(frame);
                    System.arraycopy(s.ic(), i * t, row, 0, t);
                    ic.appendRow(row);
                    logQ.append(lq[i]);
                    sumLogQ += lq[i];
                }
                done += b;
                double rate = done / ((System.nanoTime() - start) / 1e9);
                progress.update(done, r.n(), String.format(Locale.ROOT, "%.0f proposals/s", rate));
            }
            dcd.close();
            committed.add(r.out().resolve(PROPOSALS));
            ic.close();
            committed.add(r.out().resolve(IC));
            logQ.close();
            committed.add(r.out().resolve(LOG_Q));
            double seconds = (System.nanoTime() - start) / 1e9;
            SampleSummary summary = new SampleSummary(r.n(), r.temperature(), r.model().toString(),
                    r.system().toString(), g.spec().zMatrixDigest(), g.model().provenance().dataDigest(), r.seed(),
                    r.batch(), seconds, r.n() / seconds, sumLogQ / r.n(), List.of(PROPOSALS, LOG_Q, IC, SUMMARY),
                    ArbgVersion.get());
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
