package org.arbg.energy.md;

import org.arbg.energy.openmm.OpenMMSystem;

/**
 * One Langevin trajectory (LangevinMiddleIntegrator at {@link MdOptions#temperatureK()}): minimised and given
 * Maxwell-Boltzmann velocities from the seed when new, or continued from a {@link Checkpoint}. See
 * {@link Simulation} for running, reporting, checkpoints and stopping.
 */
public final class MdSimulation extends Simulation {
    private MdSimulation(OpenMMSystem system, MdOptions options) {
        super(system, options, new double[] {options.temperatureK()});
    }

    /**
     * A new run from {@code positionsNm} (x y z per particle, nm): energy minimisation (if
     * {@link MdOptions#minimize()}), then velocities drawn at the temperature from the seed.
     */
    public static MdSimulation create(OpenMMSystem system, double[] positionsNm, MdOptions options) {
        MdSimulation sim = new MdSimulation(system, options);
        try {
            sim.startFresh(positionsNm);
            return sim;
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    /**
     * Continues a run from its checkpoint (same System, time step, temperature and seed).
     *
     * @param source names the checkpoint in error messages
     * @throws org.arbg.adapters.BadInputException when the checkpoint does not belong to this run
     */
    public static MdSimulation resume(OpenMMSystem system, Checkpoint checkpoint, MdOptions options, String source) {
        MdSimulation sim = new MdSimulation(system, options);
        try {
            sim.restore(checkpoint, source);
            return sim;
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    @Override
    String kind() {
        return CheckpointInfo.KIND_MD;
    }

    @Override
    void advance(int steps) {
        replicas.get(0).step(steps);
    }

    @Override
    long stepsUntilExchange(long currentStep) {
        return Long.MAX_VALUE;
    }

    @Override
    void exchange() {
        throw new IllegalStateException("plain MD has no exchanges");
    }

    @Override
    int reportedReplica() {
        return 0;
    }

    @Override
    long exchangeRounds() {
        return 0;
    }

    @Override
    long[] pairAttempts() {
        return new long[0];
    }

    @Override
    long[] pairAccepts() {
        return new long[0];
    }

    @Override
    public double[] acceptanceRates() {
        return new double[0];
    }
}
