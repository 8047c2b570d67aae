package org.arbg.workflows.reweight;

import java.io.IOException;
import java.nio.file.Path;
import org.arbg.adapters.io.DcdReader;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.io.Trajectories;

/** Streams the frames of a trajectory through a visitor with one reused buffer, so memory stays constant. */
public final class TrajectoryScan {
    private TrajectoryScan() {
    }

    /** Receives one frame; the buffer is reused, so copy what must outlive the call. */
    @FunctionalInterface
    public interface FrameVisitor {
        /**
         * @param index 0-based frame index in the file
         * @param xyzNm x, y, z per atom in nm
         */
        void frame(int index, double[] xyzNm) throws IOException;
    }

    /**
     * Visits frames 0, 1, … of {@code path} up to {@code maxFrames}.
     *
     * @param atoms     the expected atom count (a different count is a BadInputException naming both)
     * @param maxFrames the most frames to read, or −1 for all
     * @return the number of frames visited
     */
    public static int scan(Path path, int atoms, int maxFrames, FrameVisitor visitor) throws IOException {
        double[] xyz = new double[3 * atoms];
        int n = 0;
        try (TrajectoryReader reader = Trajectories.openReader(path, atoms)) {
            while ((maxFrames < 0 || n < maxFrames) && reader.readFrame(xyz)) {
                visitor.frame(n++, xyz);
            }
        }
        return n;
    }

    /**
     * Visits the frames at {@code ascending} indices (repeats allowed: a frame listed twice is visited twice),
     * reading the file only up to the last of them.
     *
     * @return the number of visits, fewer than {@code ascending.length} when the file ends early
     */
    public static int scanSelected(Path path, int atoms, int[] ascending, FrameVisitor visitor) throws IOException {
        if (ascending.length == 0) {
            return 0;
        }
        int[] next = {0};
        scan(path, atoms, ascending[ascending.length - 1] + 1, (i, xyz) -> {
            while (next[0] < ascending.length && ascending[next[0]] == i) {
                visitor.frame(i, xyz);
                next[0]++;
            }
        });
        return next[0];
    }

    /** Number of frames in the file: from the size for DCD (no reading), otherwise by reading them all. */
    public static int countFrames(Path path, int atoms) throws IOException {
        try (TrajectoryReader reader = Trajectories.openReader(path, atoms)) {
            if (reader instanceof DcdReader dcd) {
                return Math.toIntExact(dcd.frameCountFromSize());
            }
        }
        return scan(path, atoms, -1, (i, xyz) -> { });
    }
}
