package org.arbg.workflows.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.ic.InternalCoordinateTransform;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;

/**
 * Streams trajectory files (DCD, XTC, PDB, NPY) frame by frame into internal coordinates (float64). Only
 * the internal coordinates are kept, never the Cartesian frames, so memory is numTokens doubles per frame.
 */
public final class TrajectoryIc {
    private TrajectoryIc() {
    }

    /**
     * Reads every frame of every file, in order.
     *
     * @param files    trajectories whose atoms are the transform's atoms, in topology order
     * @param progress frames read so far (total unknown)
     * @throws BadInputException naming the file (and frame) on a wrong atom count, a NaN position, a
     *                           corrupt file, or when the files hold no frame at all
     */
    public static IcDataset read(List<Path> files, InternalCoordinateTransform transform, Progress progress)
            throws IOException {
        int atoms = transform.numAtoms();
        int t = transform.numTokens();
        double[] frame = new double[3 * atoms];
        double[] icFrame = new double[t];
        double[] logJFrame = new double[1];
        double[] ic = new double[1024 * t];
        double[] logJ = new double[1024];
        int n = 0;
        int[] perFile = new int[files.size()];
        for (int fi = 0; fi < files.size(); fi++) {
            Path file = files.get(fi);
            try (TrajectoryReader reader = Trajectories.openReader(file, atoms)) {
                while (reader.readFrame(frame)) {
                    try {
                        transform.toInternal(frame, 0, 1, icFrame, logJFrame);
                    } catch (BadInputException e) {
                        // the transform numbers frames within its batch; name the file and its frame instead
                        throw new BadInputException(file, "frame " + (reader.framesRead() - 1), e.problem() + " ("
                                + e.place().replaceFirst("^frame 0, ", "") + ")", e);
                    }
                    if (n == logJ.length) {
                        logJ = Arrays.copyOf(logJ, 2 * n);
                        ic = Arrays.copyOf(ic, 2 * n * t);
                    }
                    System.arraycopy(icFrame, 0, ic, n * t, t);
                    logJ[n] = logJFrame[0];
                    n++;
                    perFile[fi]++;
                    if ((n & 1023) == 0) {
                        progress.update(n, -1, file.getFileName().toString());
                    }
                }
            }
            if (perFile[fi] == 0) {
                throw new BadInputException(file, "", "holds no frames");
            }
        }
        progress.update(n, n, "");
        return new IcDataset(Arrays.copyOf(ic, n * t), Arrays.copyOf(logJ, n), n, t, files, perFile);
    }
}
