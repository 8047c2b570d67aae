package org.arbg.adapters.ic;

/**
 * Measures how many frames per second the internal-coordinate transform converts on one thread (for
 * {@code arbg bench}). Wall-clock numbers: no guarantees, and nothing in the tests asserts them.
 */
public final class IcThroughput {
    private IcThroughput() {
    }

    /**
     * Frames per second in each direction, with the Jacobian.
     *
     * @param toInternalFramesPerSecond  Cartesian → internal
     * @param toCartesianFramesPerSecond internal → Cartesian
     * @param numFrames                  frames converted per repetition
     * @param repetitions                timed repetitions (after one untimed warm-up)
     */
    public record Result(double toInternalFramesPerSecond, double toCartesianFramesPerSecond, int numFrames,
                         int repetitions) {
    }

    /**
     * Converts the frames Cartesian → internal → Cartesian {@code repetitions} times after one warm-up pass.
     *
     * @param zMatrix     the molecule's Z-matrix
     * @param xyzNm       numFrames × N × 3 positions in nm
     * @param numFrames   number of frames
     * @param repetitions at least 1
     */
    public static Result measure(ZMatrix zMatrix, double[] xyzNm, int numFrames, int repetitions) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, got " + repetitions);
        }
        InternalCoordinateTransform t = new InternalCoordinateTransform(zMatrix);
        InternalFrames ic = t.toInternal(xyzNm, numFrames);
        double[] xyzOut = new double[xyzNm.length];
        double[] logDet = new double[numFrames];
        t.toCartesian(ic.values(), 0, numFrames, xyzOut, logDet);
        long start = System.nanoTime();
        for (int r = 0; r < repetitions; r++) {
            t.toInternal(xyzNm, 0, numFrames, ic.values(), logDet);
        }
        long mid = System.nanoTime();
        for (int r = 0; r < repetitions; r++) {
            t.toCartesian(ic.values(), 0, numFrames, xyzOut, logDet);
        }
        long end = System.nanoTime();
        double frames = (double) numFrames * repetitions;
        return new Result(frames / ((mid - start) * 1e-9), frames / ((end - mid) * 1e-9), numFrames, repetitions);
    }
}
