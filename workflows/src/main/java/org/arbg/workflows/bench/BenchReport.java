package org.arbg.workflows.bench;

import java.util.List;

/**
 * Everything {@code arbg bench} writes to bench.json (schema {@value #SCHEMA}). Units are in the field names:
 * µs per energy, frames/s, MB/s (10⁶ bytes of file per second), ms per training step, proposals/s; every
 * timing is a {@link Stat} (median, quartiles, min, max over the repeats).
 *
 * @param schema          format tag
 * @param quick           whether the quick (CI smoke) profile ran
 * @param machine         machine and software, load average at the start
 * @param settings        repeat counts and sizes used
 * @param systems         one entry per ladder system that ran
 * @param scaling         power-law fits of cost against atoms (energies, transform) and tokens (model)
 * @param notes           what was skipped or failed, and other remarks
 * @param loadAverageEnd  load average when the run ended
 * @param wallSeconds     wall time of the whole run, s
 */
public record BenchReport(String schema, boolean quick, MachineInfo machine, Settings settings,
                          List<SystemResult> systems, List<PowerLaw> scaling, List<String> notes,
                          String loadAverageEnd, double wallSeconds) {
    public static final String SCHEMA = "arbg-bench/1";

    /** The {@link BenchConfig} as recorded (without local paths). */
    public record Settings(List<String> systems, int repeats, int energyFrames, List<Integer> energyThreads,
                           int icFrames, int ioFrames, int trainSteps, int trainBatch, int kvProposals,
                           int prefixProposals, int modelRepeats, double jitterNm, int modelThreads) {
        static Settings of(BenchConfig c) {
            return new Settings(c.systems(), c.repeats(), c.energyFrames(), c.energyThreads(), c.icFrames(),
                    c.ioFrames(), c.trainSteps(), c.trainBatch(), c.kvProposals(), c.prefixProposals(),
                    c.modelRepeats(), BenchFrames.SIGMA_NM, 1);
        }
    }

    /**
     * One ladder system.
     *
     * @param name                ladder name
     * @param description         how it was built and which force field
     * @param atoms               atoms
     * @param tokens              internal-coordinate tokens, 3N − 6
     * @param energyBeforeMinKjMol potential energy before minimisation, kJ/mol
     * @param energyAfterMinKjMol  after, kJ/mol
     * @param energy              per platform and thread count
     * @param transform           IC transform throughput
     * @param io                  trajectory I/O throughput
     * @param model               training and sampling of the default model
     * @param memory              peak memory while this system ran (heap) and of the process so far (RSS)
     * @param seconds             wall time spent on this system, s
     */
    public record SystemResult(String name, String description, int atoms, int tokens, double energyBeforeMinKjMol,
                               double energyAfterMinKjMol, List<EnergyBench.Result> energy,
                               TransformBench.Result transform, List<IoBench.Result> io, ModelBench.Result model,
                               MemoryProbe memory, double seconds) {
    }
}
