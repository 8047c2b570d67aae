package org.arbg.energy.openmm;

import java.util.Map;

/**
 * An OpenMM Context on one platform with a VerletIntegrator it owns: positions in nm, energies in kJ/mol,
 * forces in kJ/mol/nm. The System must stay open while this Context is open (a Context only references it);
 * close the Context first. Not thread-safe: use one Context per thread.
 */
public final class OpenMMContext extends OwnedContext<OpenMMNative.VerletIntegrator> {
    /**
     * @param system       the System; must outlive this Context
     * @param platformName "Reference", "CPU", ... (see {@link OpenMMLibrary#platformNames()})
     * @param properties   platform properties such as {"Threads": "1"} for CPU; may be empty
     */
    public OpenMMContext(OpenMMSystem system, String platformName, Map<String, String> properties) {
        // the integrator is never stepped for energies; 1 fs keeps it valid for short MD use
        super(system, new OpenMMNative.VerletIntegrator(0.001), platformName, properties);
    }

    public OpenMMContext(OpenMMSystem system, String platformName) {
        this(system, platformName, Map.of());
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

    private void checkBatch(double[] frames, int numFrames, double[] energies, double[] forces) {
        long need = (long) numFrames * 3 * numParticles;
        if (numFrames < 0 || frames.length < need || energies.length < numFrames
                || (forces != null && forces.length < need)) {
            throw new IllegalArgumentException("batch of " + numFrames + " frames of " + numParticles
                    + " particles needs " + need + " coordinates and " + numFrames + " energies; got "
                    + frames.length + " and " + energies.length);
        }
    }

}
