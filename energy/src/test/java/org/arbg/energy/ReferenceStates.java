package org.arbg.energy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.arbg.energy.openmm.OpenMMLibrary;
import org.arbg.energy.openmm.OpenMMNative;

/** Test helper: reads States serialized by OpenMM (XmlSerializer) and compares force sets. */
public final class ReferenceStates {
    private ReferenceStates() {
    }

    /** The forces (kJ/mol/nm) of a serialized State, flat x y z per atom. */
    public static double[] forces(Path stateXml) throws IOException {
        OpenMMLibrary.load();
        try (OpenMMNative.State s = OpenMMNative.deserializeState(Files.readString(stateXml))) {
            double[] f = new double[(int) (3 * s.getForces().size())];
            OpenMMNative.getForces(s, f);
            return f;
        }
    }

    /** The potential energy (kJ/mol) of a serialized State. */
    public static double energy(Path stateXml) throws IOException {
        OpenMMLibrary.load();
        try (OpenMMNative.State s = OpenMMNative.deserializeState(Files.readString(stateXml))) {
            return s.getPotentialEnergy();
        }
    }

    /** sqrt(Σ (a − b)²) / sqrt(Σ b²): relative RMS error of {@code actual} against {@code reference}. */
    public static double relativeRmsError(double[] actual, double[] reference) {
        if (actual.length != reference.length) {
            throw new IllegalArgumentException(actual.length + " vs " + reference.length + " values");
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < actual.length; i++) {
            num += (actual[i] - reference[i]) * (actual[i] - reference[i]);
            den += reference[i] * reference[i];
        }
        return Math.sqrt(num / den);
    }
}
