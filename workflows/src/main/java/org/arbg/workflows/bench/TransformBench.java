package org.arbg.workflows.bench;

import org.arbg.adapters.ic.IcThroughput;
import org.arbg.adapters.ic.ZMatrix;

/** Internal-coordinate transform throughput, frames/s on one thread, both directions ({@link IcThroughput}). */
public final class TransformBench {
    /**
     * @param frames                     frames per pass
     * @param toInternalFramesPerSecond  Cartesian → internal (with log-Jacobian)
     * @param toCartesianFramesPerSecond internal → Cartesian (with log-Jacobian)
     */
    public record Result(int frames, Stat toInternalFramesPerSecond, Stat toCartesianFramesPerSecond) {
    }

    private TransformBench() {
    }

    static Result measure(ZMatrix z, double[] frames, int numFrames, int repeats) {
        double[] in = new double[repeats];
        double[] out = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            IcThroughput.Result t = IcThroughput.measure(z, frames, numFrames, 1);
            in[r] = t.toInternalFramesPerSecond();
            out[r] = t.toCartesianFramesPerSecond();
        }
        return new Result(numFrames, Stat.of(in), Stat.of(out));
    }
}
