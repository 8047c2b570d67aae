package org.arbg.workflows.reweight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;

/**
 * A directory written by {@code arbg sample}: {@code proposals.dcd} (the proposed frames, nm) and
 * {@code log_q.npy} (float64, one log q(x) per proposal, over Cartesian space modulo rigid motion at the
 * sampling temperature τ), aligned by index.
 *
 * @param dir       the directory
 * @param proposals its proposals.dcd
 * @param logQ      its log_q.npy
 */
public record SampleDirectory(Path dir, Path proposals, Path logQ) {
    public static final String PROPOSALS = "proposals.dcd";
    public static final String LOG_Q = "log_q.npy";

    /** Checks that the directory and both files exist. */
    public static SampleDirectory open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "", "no such sample directory (make one with 'arbg sample')");
        }
        SampleDirectory s = new SampleDirectory(dir, dir.resolve(PROPOSALS), dir.resolve(LOG_Q));
        for (Path p : new Path[] {s.proposals, s.logQ}) {
            if (!Files.isRegularFile(p)) {
                throw new BadInputException(p, "", "missing from the sample directory " + dir);
            }
        }
        return s;
    }

    /** log q per proposal, as float64 (a 1-D array, or a column (n, 1); float32 is widened). */
    public double[] readLogQ() throws IOException {
        NpyArray a = Npy.read(logQ);
        int[] shape = a.shape();
        if (!(shape.length == 1 || (shape.length == 2 && shape[1] == 1))) {
            throw new BadInputException(logQ, "", "expected one log q per proposal (shape (n,)), got shape "
                    + java.util.Arrays.toString(shape));
        }
        if (a instanceof NpyArray.Float64 f) {
            return f.data().clone();
        }
        if (a instanceof NpyArray.Float32 f) {
            double[] out = new double[f.data().length];
            for (int i = 0; i < out.length; i++) {
                out[i] = f.data()[i];
            }
            return out;
        }
        throw new BadInputException(logQ, "", "log q must be floating point, got dtype " + a.descr());
    }
}
