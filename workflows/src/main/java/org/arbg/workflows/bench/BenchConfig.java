package org.arbg.workflows.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code arbg bench} measures and how often.
 *
 * @param quick            the CI smoke profile (small repeats, two smallest systems)
 * @param systems          ladder entries to run, by name (see {@link BenchSystems})
 * @param repeats          timed repeats of every measurement (after a warm-up)
 * @param energyFrames     frames per batched energy call
 * @param energyThreads    CPU-platform thread counts to time (Reference is single-threaded)
 * @param icFrames         frames per IC-transform pass
 * @param ioFrames         frames per trajectory file
 * @param trainSteps       timed training steps per repeat
 * @param trainBatch       frames per training step
 * @param kvProposals      proposals per repeat with the KV cache, decoded in batches of the sampling default
 *                         ({@code ArModel.DEFAULT_BATCH}, as {@code arbg sample} does)
 * @param prefixProposals  proposals per repeat recomputing the prefix (one batch; it is O(T²) per sample)
 * @param modelRepeats     repeats of the model measurements (they dominate the run time)
 * @param chignolinPdb     chignolin CLN025 with hydrogens (test-data/reference/cln025-hydrogens.pdb)
 * @param workDir          where temporary files go
 */
public record BenchConfig(boolean quick, List<String> systems, int repeats, int energyFrames,
                          List<Integer> energyThreads, int icFrames, int ioFrames, int trainSteps, int trainBatch,
                          int kvProposals, int prefixProposals, int modelRepeats, Path chignolinPdb,
                          Path workDir) {
    public static final Path DEFAULT_CHIGNOLIN = Path.of("test-data/reference/cln025-hydrogens.pdb");

    public BenchConfig {
        systems = List.copyOf(systems);
        energyThreads = List.copyOf(energyThreads);
        if (repeats < 1 || modelRepeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1");
        }
    }

    /** The full ladder, 5 repeats: about 15–25 minutes on 2 shared cores. */
    public static BenchConfig full(Path workDir) {
        return new BenchConfig(false, BenchSystems.LADDER, 5, 200, List.of(1, 2), 1000, 2000, 3, 32, 256, 4, 5,
                DEFAULT_CHIGNOLIN, workDir);
    }

    /** The CI smoke profile: the two smallest systems, 3 repeats (2 for the model); under 3 minutes on 2 cores. */
    public static BenchConfig quick(Path workDir) {
        return new BenchConfig(true, BenchSystems.LADDER.subList(0, 2), 3, 50, List.of(1, 2), 200, 200, 2, 16, 16,
                2, 2, DEFAULT_CHIGNOLIN, workDir);
    }

    /** A copy limited to the named systems. */
    public BenchConfig withSystems(List<String> names) {
        return new BenchConfig(quick, names, repeats, energyFrames, energyThreads, icFrames, ioFrames, trainSteps,
                trainBatch, kvProposals, prefixProposals, modelRepeats, chignolinPdb, workDir);
    }

    /** A copy with the smallest sensible counts, for tests (seconds). */
    public BenchConfig minimal() {
        return new BenchConfig(true, systems, 1, 4, List.of(1), 8, 8, 1, 4, 2, 1, 1, chignolinPdb, workDir);
    }

    /** A copy with another repeat count (model repeats too, at least 5 only if repeats is). */
    public BenchConfig withRepeats(int n) {
        return new BenchConfig(quick, systems, n, energyFrames, energyThreads, icFrames, ioFrames, trainSteps,
                trainBatch, kvProposals, prefixProposals, n, chignolinPdb, workDir);
    }

    /** A copy reading chignolin from another PDB. */
    public BenchConfig withChignolin(Path pdb) {
        return new BenchConfig(quick, systems, repeats, energyFrames, energyThreads, icFrames, ioFrames, trainSteps,
                trainBatch, kvProposals, prefixProposals, modelRepeats, pdb, workDir);
    }
}
