package org.arbg.workflows.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * MD frames converted to internal coordinates, in input order (file after file).
 *
 * @param ic             flattened [numFrames][numTokens] internal coordinates: bonds nm, angles and torsions rad
 * @param logJ           per frame, log|det ∂x/∂ic| of internal → Cartesian modulo rigid motion, lengths in nm
 * @param numFrames      frames in all
 * @param numTokens      tokens per frame (3N − 6)
 * @param files          the input files, in order
 * @param framesPerFile  frames read from each file
 */
public record IcDataset(double[] ic, double[] logJ, int numFrames, int numTokens, List<Path> files,
                        int[] framesPerFile) {
    public IcDataset {
        files = List.copyOf(files);
        if (ic.length != (long) numFrames * numTokens || logJ.length != numFrames
                || framesPerFile.length != files.size()) {
            throw new IllegalArgumentException("inconsistent dataset: " + ic.length + " values, " + logJ.length
                    + " Jacobians for " + numFrames + " frames of " + numTokens + " tokens");
        }
    }
}
