package org.arbg.workflows.reweight;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;

/**
 * What the report and {@code arbg evaluate --reweighted} read from a directory written by {@code arbg reweight}:
 * energies.npy, log_weights.npy and summary.json.
 *
 * @param dir             the directory
 * @param reducedEnergyKT u per proposal, kT
 * @param logWeights      clipped log-weights per proposal (−∞ for weight zero)
 * @param summary         summary.json
 */
public record ReweightedDirectory(Path dir, double[] reducedEnergyKT, double[] logWeights, ObjectNode summary) {
    /**
     * @param proposals the number of proposals of the sample directory the weights must belong to
     * @throws BadInputException naming the file for a missing directory or file, a file of the wrong shape or
     *                           type, a length other than {@code proposals}, or no finite weight
     */
    public static ReweightedDirectory read(Path dir, int proposals) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "", "no such directory (make one with 'arbg reweight')");
        }
        double[] u = vector(dir.resolve(ReweightRun.ENERGIES), proposals);
        double[] logW = vector(dir.resolve(ReweightRun.LOG_WEIGHTS), proposals);
        if (Arrays.stream(logW).noneMatch(Double::isFinite)) {
            throw new BadInputException(dir.resolve(ReweightRun.LOG_WEIGHTS), "", "no finite log-weight");
        }
        ObjectNode summary = JsonOutput.readObject(dir.resolve(ReweightRun.SUMMARY));
        return new ReweightedDirectory(dir, u, logW, summary);
    }

    private static double[] vector(Path file, int proposals) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "missing from the reweighted directory (written by 'arbg reweight')");
        }
        NpyArray a = Npy.read(file);
        if (!(a instanceof NpyArray.Float64 f) || a.shape().length != 1) {
            throw new BadInputException(file, "", "expected a 1-D float64 array, got dtype " + a.descr() + " shape "
                    + Arrays.toString(a.shape()));
        }
        if (f.data().length != proposals) {
            throw new BadInputException(file, "", "holds " + f.data().length + " values but the sample has "
                    + proposals + " proposals: reweight this sample directory again");
        }
        return f.data();
    }
}
