package org.arbg.energy.openmm;

import java.util.Map;
import java.util.Objects;

import org.bytedeco.javacpp.BytePointer;

/**
 * An OpenMM Context with the integrator it owns, on one platform, over a System that must stay open while the
 * Context is open (a Context only references it). Positions in nm, energies in kJ/mol. Closing deletes the
 * Context, then the integrator. Not thread-safe: one thread drives one Context.
 *
 * @param <I> the integrator type
 */
public abstract sealed class OwnedContext<I extends OpenMMNative.Integrator> implements AutoCloseable
        permits OpenMMContext, LangevinContext {
    private final OpenMMSystem system;
    /** The integrator; owned, deleted after the Context. */
    protected final I integrator;
    private final OpenMMNative.Context context;
    private final String platformName;
    /** Particles of the System. */
    protected final int numParticles;
    private boolean closed;

    /**
     * @param system       the System; must outlive this Context
     * @param integrator   a new integrator, owned from here on (deleted if the Context cannot be made)
     * @param platformName "Reference", "CPU", ... (see {@link OpenMMLibrary#platformNames()})
     * @param properties   platform properties such as {"Threads": "1"} for CPU; may be empty
     */
    OwnedContext(OpenMMSystem system, I integrator, String platformName, Map<String, String> properties) {
        this.integrator = integrator;
        try (OpenMMNative.StringStringMap props = new OpenMMNative.StringStringMap()) {
            this.system = Objects.requireNonNull(system, "system");
            OpenMMNative.Platform platform = OpenMMLibrary.load().platform(platformName);
            for (Map.Entry<String, String> e : properties.entrySet()) {
                props.put(new BytePointer(e.getKey()), e.getValue());
            }
            this.context = new OpenMMNative.Context(system.nativeHandle(), integrator, platform, props);
        } catch (RuntimeException e) {
            integrator.close();
            throw e;
        }
        this.platformName = platformName;
        this.numParticles = system.getNumParticles();
        system.contextOpened();
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

    /** Checks that {@code xyz} holds one value per particle coordinate. */
    protected final void checkFrame(double[] xyz) {
        Objects.requireNonNull(xyz, "values");
        if (xyz.length != 3 * numParticles) {
            throw new IllegalArgumentException("expected " + 3 * numParticles + " values (" + numParticles
                    + " particles), got " + xyz.length);
        }
    }

    /** The Context, or an IllegalStateException once closed. */
    protected final OpenMMNative.Context live() {
        if (closed) {
            throw new IllegalStateException(getClass().getSimpleName() + " is closed");
        }
        return context;
    }

    /** Deletes the Context, then its integrator; the System stays open. */
    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        context.close();
        integrator.close();
        system.contextClosed();
    }
}
