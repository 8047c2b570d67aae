package org.arbg.energy.openmm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.arbg.adapters.BadInputException;

/**
 * An OpenMM System (particles with masses in amu, and forces) owned by Java. Close it after every
 * {@link OpenMMContext} made from it: a Context only references its System.
 */
public final class OpenMMSystem implements AutoCloseable {
    private final OpenMMNative.OpenMMSystemNative handle;
    private final AtomicInteger openContexts = new AtomicInteger();
    private boolean closed;

    private OpenMMSystem(OpenMMNative.OpenMMSystemNative handle) {
        this.handle = handle;
    }

    /** An empty System (no particles, no forces). */
    public static OpenMMSystem create() {
        OpenMMLibrary.load();
        return new OpenMMSystem(new OpenMMNative.OpenMMSystemNative());
    }

    /**
     * Parses a System serialized by OpenMM's XmlSerializer.
     *
     * @param xml    the XML text
     * @param source names the input in error messages (a path, "stdin")
     * @throws BadInputException when OpenMM cannot parse the text
     */
    public static OpenMMSystem fromXml(String xml, String source) {
        Objects.requireNonNull(xml, "xml");
        OpenMMLibrary.load();
        if (xml.isBlank()) {
            throw new BadInputException(source, "", "empty file: expected an OpenMM System in XML");
        }
        OpenMMNative.OpenMMSystemNative sys;
        try {
            sys = OpenMMNative.deserializeSystem(xml);
        } catch (RuntimeException e) {
            throw new BadInputException(source, "", "not a readable OpenMM System XML file: " + e.getMessage(), e);
        }
        if (sys == null || sys.isNull()) {
            throw new BadInputException(source, "", "not a readable OpenMM System XML file");
        }
        return new OpenMMSystem(sys);
    }

    /** Reads a serialized System from a file; see {@link #fromXml(String, String)}. */
    public static OpenMMSystem fromXml(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file, "", "cannot read file: " + e.getMessage(), e);
        }
        return fromXml(xml, file.toString());
    }

    /** The System in OpenMM's XML format (the same text as XmlSerializer.serialize in Python). */
    public String toXml() {
        return OpenMMNative.serializeSystem(live()).getString(StandardCharsets.UTF_8);
    }

    /** Adds a particle of the given mass (amu); returns its index. */
    public int addParticle(double massAmu) {
        return live().addParticle(massAmu);
    }

    public int getNumParticles() {
        return live().getNumParticles();
    }

    /** Mass of a particle in amu. */
    public double getParticleMass(int index) {
        Objects.checkIndex(index, getNumParticles());
        return live().getParticleMass(index);
    }

    /** Adds a distance constraint (nm) between two particles; returns its index. */
    public int addConstraint(int particle1, int particle2, double distanceNm) {
        return live().addConstraint(particle1, particle2, distanceNm);
    }

    public int getNumConstraints() {
        return live().getNumConstraints();
    }

    /**
     * Adds a force; the System takes ownership of it (the Java object stays usable to set parameters before a
     * Context is made, but must not be closed). Returns the force's index.
     */
    public int addForce(OpenMMNative.Force force) {
        Objects.requireNonNull(force, "force");
        int index = live().addForce(force);
        // the System deletes the force; stop JavaCPP from deleting it a second time
        force.deallocate(false);
        return index;
    }

    public int getNumForces() {
        return live().getNumForces();
    }

    /** The force at an index, owned by this System (do not close it). */
    public OpenMMNative.Force getForce(int index) {
        Objects.checkIndex(index, getNumForces());
        return live().getForce(index);
    }

    /** One line per force: "0 HarmonicBondForce (group 0)". */
    public List<String> forceSummary() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < getNumForces(); i++) {
            OpenMMNative.Force f = live().getForce(i);
            out.add(i + " " + f.getName().getString() + " (group " + f.getForceGroup() + ")");
        }
        return out;
    }

    /** The forces' names, e.g. ["HarmonicBondForce", "NonbondedForce"]. */
    public List<String> forceNames() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < getNumForces(); i++) {
            out.add(live().getForce(i).getName().getString());
        }
        return out;
    }

    /** The native System, for code in this module that creates Contexts. */
    OpenMMNative.OpenMMSystemNative nativeHandle() {
        return live();
    }

    void contextOpened() {
        openContexts.incrementAndGet();
    }

    void contextClosed() {
        openContexts.decrementAndGet();
    }

    /** Deletes the native System. Fails while a Context made from it is still open. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (openContexts.get() > 0) {
            throw new IllegalStateException(openContexts.get() + " OpenMM Context(s) still use this System: close them first");
        }
        closed = true;
        handle.close();
    }

    private OpenMMNative.OpenMMSystemNative live() {
        if (closed) {
            throw new IllegalStateException("OpenMMSystem is closed");
        }
        return handle;
    }

    @Override
    public String toString() {
        return closed ? "OpenMMSystem(closed)" : "OpenMMSystem(" + getNumParticles() + " particles, " + forceNames() + ")";
    }
}
