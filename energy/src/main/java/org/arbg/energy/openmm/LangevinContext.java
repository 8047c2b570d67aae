package org.arbg.energy.openmm;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.bytedeco.javacpp.BytePointer;

/**
 * An OpenMM Context driven by a LangevinMiddleIntegrator it owns: positions in nm, velocities in nm/ps, time in
 * ps, energies in kJ/mol, temperatures in K. The System must stay open while this Context is open; close the
 * Context first. Not thread-safe: one thread drives one Context.
 *
 * <p>On the Reference platform the Langevin random numbers come from one generator shared by the whole process
 * (OpenMM's SimTKOpenMMUtilities), so two Reference Contexts must not be stepped concurrently, and a native
 * checkpoint ({@link #createCheckpoint()}) restores that shared generator.
 */
public final class LangevinContext extends OwnedContext<OpenMMNative.LangevinMiddleIntegrator> {
    private final double[] scalars = new double[4];

    /**
     * @param system          the System; must outlive this Context
     * @param temperatureK    heat-bath temperature (K)
     * @param frictionPerPs   friction coefficient (1/ps)
     * @param timestepPs      integration time step (ps)
     * @param randomSeed      seed of the integrator's random numbers; must not be 0 (OpenMM's "pick one")
     * @param platformName    "Reference", "CPU", ...
     * @param properties      platform properties, e.g. {"Threads": "1"}; may be empty
     */
    public LangevinContext(OpenMMSystem system, double temperatureK, double frictionPerPs, double timestepPs,
                           int randomSeed, String platformName, Map<String, String> properties) {
        super(system, integrator(temperatureK, frictionPerPs, timestepPs, randomSeed), platformName, properties);
    }

    private static OpenMMNative.LangevinMiddleIntegrator integrator(double temperatureK, double frictionPerPs,
                                                                   double timestepPs, int randomSeed) {
        if (randomSeed == 0) {
            throw new IllegalArgumentException("random seed 0 means a non-reproducible seed in OpenMM; pass another");
        }
        OpenMMNative.LangevinMiddleIntegrator integrator =
                new OpenMMNative.LangevinMiddleIntegrator(temperatureK, frictionPerPs, timestepPs);
        integrator.setRandomNumberSeed(randomSeed);
        return integrator;
    }

    /** Sets velocities from 3*numParticles values in nm/ps. */
    public void setVelocities(double[] xyzNmPerPs) {
        checkFrame(xyzNmPerPs);
        OpenMMNative.setVelocities(live(), xyzNmPerPs, numParticles);
    }

    /** Velocities (nm/ps), 3*numParticles values. */
    public double[] getVelocities() {
        double[] out = new double[3 * numParticles];
        try (OpenMMNative.State s = live().getState(OpenMMNative.State.Velocities)) {
            OpenMMNative.getVelocities(s, out);
        }
        return out;
    }

    /**
     * Local energy minimisation (L-BFGS) from the current positions.
     *
     * @param toleranceKjPerMolNm stop when the RMS force is below this (kJ/mol/nm); OpenMM's default is 10
     * @param maxIterations       0 for no limit
     */
    public void minimize(double toleranceKjPerMolNm, int maxIterations) {
        OpenMMNative.LocalEnergyMinimizer.minimize(live(), toleranceKjPerMolNm, maxIterations);
    }

    /** Advances the dynamics by {@code steps} time steps. */
    public void step(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be non-negative: " + steps);
        }
        if (steps > 0) {
            integrator.step(steps);
        }
    }

    /** The heat-bath temperature (K). */
    public double getTemperature() {
        return integrator.getTemperature();
    }

    /** Changes the heat-bath temperature (K); velocities are left as they are. */
    public void setTemperature(double temperatureK) {
        integrator.setTemperature(temperatureK);
    }

    /** The integration time step (ps). */
    public double getStepSizePs() {
        return integrator.getStepSize();
    }

    public long getStepCount() {
        return live().getStepCount();
    }

    public void setStepCount(long steps) {
        live().setStepCount(steps);
    }

    /** Simulation time (ps). */
    public double getTimePs() {
        return live().getTime();
    }

    public void setTimePs(double timePs) {
        live().setTime(timePs);
    }

    /**
     * Positions (nm), optionally velocities (nm/ps), time, step and energies in one native call.
     *
     * @param withVelocities whether to fetch velocities too
     */
    public StateSnapshot snapshot(boolean withVelocities) {
        double[] positions = new double[3 * numParticles];
        double[] velocities = withVelocities ? new double[3 * numParticles] : null;
        OpenMMNative.snapshot(live(), positions, velocities, scalars);
        return new StateSnapshot((long) scalars[3], scalars[0], positions, velocities, scalars[1], scalars[2]);
    }

    /**
     * The platform's exact restart data (Context::createCheckpoint): positions, velocities, time, step and, on the
     * Reference platform, its random number generator. Readable only by the same platform and OpenMM version.
     */
    public byte[] createCheckpoint() {
        long[] size = new long[1];
        try (BytePointer p = OpenMMNative.createCheckpoint(live(), size)) {
            byte[] out = new byte[Math.toIntExact(size[0])];
            p.get(out);
            return out;
        }
    }

    /** Restores data made by {@link #createCheckpoint()} on the same platform. */
    public void loadCheckpoint(byte[] bytes) {
        try (BytePointer p = new BytePointer(bytes)) {
            OpenMMNative.loadCheckpoint(live(), p, bytes.length);
        }
    }

    /**
     * The State (positions, velocities, parameters, time, step) in OpenMM's XML format: portable across
     * platforms, but without the integrator's random number state.
     */
    public String stateXml() {
        int types = OpenMMNative.State.Positions | OpenMMNative.State.Velocities | OpenMMNative.State.Parameters;
        try (OpenMMNative.State s = live().getState(types)) {
            return OpenMMNative.serializeState(s).getString(StandardCharsets.UTF_8);
        }
    }

    /** Restores a State serialized by {@link #stateXml()}. */
    public void setStateXml(String xml) {
        OpenMMNative.setStateXml(live(), xml);
    }
}
