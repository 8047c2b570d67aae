package org.arbg.energy.md;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.arbg.adapters.io.DcdReader;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;

/** Reads test outputs back. */
final class DcdFrames {
    private DcdFrames() {
    }

    static List<double[]> read(Path dcd) throws IOException {
        List<double[]> frames = new ArrayList<>();
        try (DcdReader r = DcdReader.open(dcd)) {
            if (r.headerFrameCount() != r.frameCountFromSize()) {
                throw new AssertionError("header says " + r.headerFrameCount() + " frames, size "
                        + r.frameCountFromSize());
            }
            double[] x = new double[3 * r.numAtoms()];
            while (r.readFrame(x)) {
                frames.add(x.clone());
            }
        }
        return frames;
    }

    static double[] energies(Path dcd) throws IOException {
        return ((NpyArray.Float64) Npy.read(TrajectoryReporter.energiesPath(dcd))).data();
    }
}
