package org.arbg.energy.system;

import java.nio.file.Path;

import org.arbg.adapters.BadInputException;
import org.arbg.energy.openmm.OpenMMSystem;

/**
 * Loads a System serialized by OpenMM's XmlSerializer (for users who built theirs elsewhere, e.g. with OpenMM's
 * ForceField in Python). Unreadable files, Systems without particles, and particle counts that differ from the
 * topology are BadInputExceptions naming the file.
 */
public final class SystemLoader {
    private SystemLoader() {
    }

    /** Reads a serialized System. */
    public static OpenMMSystem load(Path file) {
        OpenMMSystem system = OpenMMSystem.fromXml(file);
        if (system.getNumParticles() == 0) {
            system.close();
            throw new BadInputException(file, "", "the System has no particles");
        }
        return system;
    }

    /** Reads a serialized System and checks that it has {@code expectedParticles} particles (the topology's atoms). */
    public static OpenMMSystem load(Path file, int expectedParticles) {
        OpenMMSystem system = load(file);
        if (system.getNumParticles() != expectedParticles) {
            int n = system.getNumParticles();
            system.close();
            throw new BadInputException(file, "", "the System has " + n + " particles but the topology has "
                    + expectedParticles + " atoms");
        }
        return system;
    }
}
