package org.arbg.workflows.bench;

import java.util.List;

/**
 * Everything {@code arbg bench} writes to bench.json (schema {@value #SCHEMA}). Units are in the field names:
 * µs per energy, µs per MD step, simulated ns per day, frames/s, MB/s (10⁶ bytes of file per second), ms per
 * training step, proposals/s; every timing is a {@link Stat} (median, quartiles, min, max over the repeats).
 *
 * <p>Schema history: {@code arbg-bench/2} added {@link SystemResult#md()} (plain MD and, for alanine dipeptide,
 * replica exchange), {@link #energyVariants()} (energy-only rows with another force field or solvent), the MD and
 * variant settings, and MD fits in {@link #scaling()}. {@code arbg-bench/1} had none of them.
 *
 * @param schema          format tag
 * @param quick           whether the quick (CI smoke) profile ran
 * @param machine         machine and software, load average at the start
 * @param settings        repeat counts and sizes used
 * @param systems         one entry per ladder system that ran
 * @param energyVariants  one entry per energy variant that ran (not part of the scaling fits)
 * @param scaling         power-law fits over the ladder of cost against atoms (energies, MD, transform) and
 *                        tokens (model)
 * @param notes           what was skipped or failed, and other remarks
 * @param loadAverageEnd  load average when the run ended
 * @param wallSeconds     wall time of the whole run, s
 */
public record BenchReport(String schema, boolean quick, MachineInfo machine, Settings settings,
                          List<SystemResult> systems, List<EnergyVariant> energyVariants, List<PowerLaw> scaling,
                          List<String> notes, String loadAverageEnd, double wallSeconds) {
    public static final String SCHEMA = "arbg-bench/2";

    /**
     * The {@link BenchConfig} as recorded (without local paths).
     *
     * @param mdSteps            timed MD steps per repeat
     * @param mdWarmupSteps      untimed MD steps after minimisation
     * @param mdExchangeSteps    MD steps between replica-exchange rounds
     * @param mdTimestepFs       MD time step, fs
     * @param mdFrictionPerPs    Langevin friction, 1/ps
     * @param mdTemperatureK     MD temperature (replica exchange: the lowest rung), K
     * @param mdReplicas         replicas of the replica-exchange run
     * @param mdMaxTemperatureK  highest rung of the geometric replica-exchange ladder, K
     */
    public record Settings(List<String> systems, List<String> energyVariants, int repeats, int energyFrames,
                           List<Integer> energyThreads, int icFrames, int ioFrames, int trainSteps, int trainBatch,
                           int kvProposals, int prefixProposals, int modelRepeats, double jitterNm, int modelThreads,
                           int mdSteps, int mdWarmupSteps, long mdExchangeSteps, double mdTimestepFs,
                           double mdFrictionPerPs, double mdTemperatureK, int mdReplicas, double mdMaxTemperatureK) {
        static Settings of(BenchConfig c) {
            return new Settings(c.systems(), c.energyVariants(), c.repeats(), c.energyFrames(), c.energyThreads(),
                    c.icFrames(), c.ioFrames(), c.trainSteps(), c.trainBatch(), c.kvProposals(), c.prefixProposals(),
                    c.modelRepeats(), BenchFrames.SIGMA_NM, 1, c.md().steps(), c.md().warmupSteps(),
                    c.md().exchangeSteps(), MdBench.TIMESTEP_FS, MdBench.FRICTION_PER_PS, MdBench.TEMPERATURE_K,
                    MdBench.REPLICAS, MdBench.T_MAX_K);
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
     * @param md                  MD throughput per platform and thread count: plain Langevin MD, and for
     *                            {@value MdBench#REPLICA_EXCHANGE_SYSTEM} also replica exchange
     * @param transform           IC transform throughput
     * @param io                  trajectory I/O throughput
     * @param model               training and sampling of the default model
     * @param memory              peak memory while this system ran (heap) and of the process so far (RSS)
     * @param seconds             wall time spent on this system, s
     */
    public record SystemResult(String name, String description, int atoms, int tokens, double energyBeforeMinKjMol,
                               double energyAfterMinKjMol, List<EnergyBench.Result> energy, List<MdBench.Result> md,
                               TransformBench.Result transform, List<IoBench.Result> io, ModelBench.Result model,
                               MemoryProbe memory, double seconds) {
    }

    /**
     * A ladder molecule with another force field or solvent, timed for energies only.
     *
     * @param name                 variant name, e.g. "chignolin-obc1"
     * @param variantOf            the ladder system it shares its molecule with
     * @param description          how it was built and which force field
     * @param atoms                atoms
     * @param forces               the OpenMM System's forces, e.g. CustomGBForce
     * @param defaultPlatform      the platform arbg chooses for it ({@code PlatformChoice.forSystem})
     * @param energyBeforeMinKjMol potential energy before minimisation, kJ/mol
     * @param energyAfterMinKjMol  after, kJ/mol
     * @param energy               per platform and thread count, as for the ladder
     * @param seconds              wall time spent on this variant, s
     */
    public record EnergyVariant(String name, String variantOf, String description, int atoms, List<String> forces,
                                String defaultPlatform, double energyBeforeMinKjMol, double energyAfterMinKjMol,
                                List<EnergyBench.Result> energy, double seconds) {
    }
}
