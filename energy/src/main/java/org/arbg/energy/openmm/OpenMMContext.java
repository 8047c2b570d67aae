package org.arbg.energy.openmm;

import java.util.Map;
import java.util.Objects;

import org.bytedeco.javacpp.BytePointer;

/**
 * An OpenMM Context on one platform with a VerletIntegrator it owns: positions in nm, energies in kJ/mol,
 * forces in kJ/mol/nm. The System must stay open while this Context is open (a Context only references it);
 * close the Context first. Not thread-safe: use one Context per thread.
 */
public final class OpenMMContext implements AutoCloseable {
    private final OpenMMSystem system;
    private final OpenMMNative.VerletIntegrator integrator;
    private final OpenMMNative.Context context;
    private final String platformName;
    private final int numParticles;
    private boolean closed;

    /**
     * @param system       the System; must outlive this Context
     * @param platformName "Reference", "CPU", ... (see {@link OpenMMLibrary#platformNames()})
     * @param properties   platform properties such as {"Threads": "1"} for CPU; may be empty
     */
    public OpenMMContext(OpenMMSystem system, String platformName, Map<String, String> properties) {
        this.system = Objects.requireNonNull(system, "system");
        OpenMMNative.Platform platform = OpenMMLibrary.load().platform(platformName);
        this.platformName = platformName;
        this.numParticles = system.getNumParticles();
        // the integrator is never stepped for energies; 1 fs keeps it valid for short MD use
        this.integrator = new OpenMMNative.VerletIntegrator(0.001);
        try (OpenMMNative.StringStringMap props = new OpenMMNative.StringStringMap()) {
            for (Map.Entry<String, String> e : properties.entrySet()) {
                props.put(new BytePointer(e.getKey()), e.getValue());
            }
            this.context = new OpenMMNative.Context(system.nativeHandle(), integrator, platform, props);
        } catch (RuntimeException e) {
            integrator.close();
            throw e;
        }
        system.contextOpened();
    }

    public OpenMMContext(OpenMMSystem system, String platformName) {
        this(system, platformName, Map.of());
    }

    public String platformName() {
        return platformName;
    }

    public int numParticles() {
        return numParticles;
    }

    /** Sets positions from 3*numParticles values in nm (x y z per particle). */
    public void setPositions(double[] xyzNm) {
        checkFrame(xyzNm);
        OpenMMNative.setPositions(live(), xyzNm, numParticles);
    }

    /** Potential energy (kJ/mol) at the current positions. */
    public double getPotentialEnergy() {
        try (OpenMMNative.State s = live().getState(OpenMMNative.State.Energy)) {
            return s.getPotentialEnergy();
        }
    }

    /** Forces (kJ/mol/nm) at the current positions, 3*numParticles values. */
    public double[] getForces() {
        double[] out = new double[3 * numParticles];
        try (OpenMMNative.State s = live().getState(OpenMMNative.State.Forces)) {
            OpenMMNative.getForces(s, out);
        }
        return out;
    }

    /**
     * Evaluates many frames in one native call.
     *
     * @param framesNm   numFrames*3*numParticles positions in nm, frame after frame
     * @param energies   receives numFrames energies (kJ/mol); NaN for a frame OpenMM rejected
     * @param forcesOut  null, or numFrames*3*numParticles values that receive forces (kJ/mol/nm)
     * @return the number of frames OpenMM rejected (an exception inside OpenMM)
     */
    public int evaluateFrames(double[] framesNm, int numFrames, double[] energies, double[] forcesOut) {
        checkBatch(framesNm, numFrames, energies, forcesOut);
        return OpenMMNative.evaluateFrames(live(), framesNm, numFrames, numParticles, energies, forcesOut, -1);
    }

    /** The same loop as {@link #evaluateFrames} timed inside C++ (energies only); returns seconds. */
    public double timeNativeEnergyLoop(double[] framesNm, int numFrames, double[] energies) {
        checkBatch(framesNm, numFrames, energies, null);
        return OpenMMNative.timeNativeEnergyLoop(live(), framesNm, numFrames, numParticles, energies);
    }

    /** Serialized State (positions, forces, energy) at the current positions, in OpenMM's XML format. */
    public String stateXml() {
        int types = OpenMMNative.State.Positions | OpenMMNative.State.Forces | OpenMMNative.State.Energy;
        try (OpenMMNative.State s = live().getState(types)) {
            return OpenMMNative.serializeState(s).getString();
        }
    }

    private void checkFrame(double[] xyz) {
        Objects.requireNonNull(xyz, "positions");
        if (xyz.length != 3 * numParticles) {
            throw new IllegalArgumentException("expected " + 3 * numParticles + " coordinates (" + numParticles
                    + " particles), got " + xyz.length);
        }
    }

    private void checkBatch(double[] frames, int numFrames, double[] energies, double[] forces) {
        long need = (long) numFrames * 3 * numParticles;
        if (numFrames < 0 || frames.length < need || energies.length < numFrames
                || (forces != null && forces.length < need)) {
            throw new IllegalArgumentException("batch of " + numFrames + " frames of " + numParticles
                    + " particles needs " + need + " coordinates and " + numFrames + " energies; got "
                    + frames.length + " and " + energies.length);
        }
    }

    private OpenMMNative.Context live() {
        if (closed) {
            throw new IllegalStateException("OpenMMContext is closed");
        }
        return context;
    }

    /** Deletes the Context, then its integrator; the System stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        context.close();
        integrator.close();
        system.contextClosed();
    }
}
