package org.arbg.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.io.Trajectories;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.workflows.prepare.PrepareRequest;
import org.arbg.workflows.prepare.SystemPreparation;
import org.arbg.workflows.reweight.TrajectoryScan;

/** Small inputs made inside a test: an alanine-dipeptide system directory and sample directories. */
public final class SampleFixtures {
    public static final int ALDP_ATOMS = 22;

    private SampleFixtures() {
    }

    /**
     * Prepares alanine dipeptide (amber99sbildn + amber99_obc, 300 K) into {@code dir}. Its atom order is that
     * of trajectories/frame0.* (same elements, ACE–ALA–NME, only hydrogen names differ).
     */
    public static Path aldpSystem(Path dir) throws IOException {
        PrepareRequest request = new PrepareRequest(Optional.of(WorkflowTestData.path("structures/aldp-modern-names.pdb")),
                List.of(), Optional.empty(), Optional.empty(), "none", OptionalDouble.empty(), Optional.empty(),
                OptionalDouble.empty(), 300.0, false);
        try (PreparedSystem ignored = SystemPreparation.prepareInto(request, dir)) {
            return dir;
        }
    }

    /** Writes frames [from, from + count) of {@code source} to {@code target} (any trajectory format). */
    public static void copyFrames(Path source, int from, int count, Path target) throws IOException {
        try (TrajectoryWriter w = Trajectories.openWriter(target, ALDP_ATOMS)) {
            TrajectoryScan.scan(source, ALDP_ATOMS, from + count, (i, xyz) -> {
                if (i >= from) {
                    w.writeFrame(xyz);
                }
            });
        }
    }

    /**
     * A sample directory: proposals.dcd = frames [from, from + count) of trajectories/frame0.dcd and
     * log_q.npy = logQ(i) for proposal i.
     */
    public static Path sampleDir(Path dir, int from, int count, IntToDoubleFunction logQ) throws IOException {
        Files.createDirectories(dir);
        copyFrames(WorkflowTestData.path("trajectories/frame0.dcd"), from, count, dir.resolve("proposals.dcd"));
        double[] q = new double[count];
        for (int i = 0; i < count; i++) {
            q[i] = logQ.applyAsDouble(i);
        }
        Npy.write(dir.resolve("log_q.npy"), new NpyArray.Float64(new int[] {count}, q));
        return dir;
    }

    /** Every frame of a trajectory of alanine dipeptide, 66 values each. */
    public static double[][] frames(Path trajectory) throws IOException {
        java.util.ArrayList<double[]> out = new java.util.ArrayList<>();
        TrajectoryScan.scan(trajectory, ALDP_ATOMS, -1, (i, xyz) -> out.add(xyz.clone()));
        return out.toArray(new double[0][]);
    }
}
