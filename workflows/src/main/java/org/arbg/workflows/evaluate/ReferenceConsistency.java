package org.arbg.workflows.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.arbg.workflows.metrics.BasinFreeEnergy;
import org.arbg.workflows.metrics.BennettAcceptanceRatio;
import org.arbg.workflows.metrics.LogWeightSlope;
import org.arbg.workflows.reweight.JsonOutput;
import org.arbg.workflows.reweight.TrajectoryScan;

/**
 * Checks the proposals, the model's log q, the force field and the reference against each other, using the
 * reference frames' log-weights lw = −u − log q (log q from {@link ProposalDensity}):
 * <ul>
 *   <li>the {@link LogWeightSlope} (1 when consistent; below 1 for reference frames the model was trained on,
 *       or a reference that does not sample exp(−u));</li>
 *   <li>per φ, the basin free-energy difference from Bennett's acceptance ratio between the proposals and the
 *       reference frames of each basin: log Z_B = BAR(lw of the proposals, −∞ outside B; lw of the reference
 *       frames in B). It uses the reference's frames but not their basin counts, and the proposals without
 *       clipping; where the reweighted estimate and the reference's count disagree, it weighs the evidence of
 *       both sample sets.</li>
 * </ul>
 * Errors: bootstrap over proposals (i.i.d.) and over contiguous blocks of the reference frames (correlated).
 *
 * @param referenceFrames      reference frames scored
 * @param outsideSupport       of those, frames with log q = −∞ (the model cannot draw them; they drop out of BAR)
 * @param slope                the log-weight slope fit
 * @param basins               per φ, the BAR estimate
 */
public record ReferenceConsistency(int referenceFrames, int outsideSupport, LogWeightSlope.Fit slope,
                                   List<BasinBar> basins) {
    /** Contiguous blocks of the reference subsample in the bootstrap. */
    static final int REFERENCE_BLOCKS = 20;
    /** Reference frames scored per call of the density. */
    private static final int SCORE_CHUNK = 1000;

    /**
     * @param angle          the φ's label
     * @param deltaFkT       F(φ &gt; 0) − F(φ &lt; 0) by BAR, kT (NaN where a basin has no frame on one side)
     * @param bootstrapSeKT  bootstrap standard error, kT
     */
    public record BasinBar(String angle, double deltaFkT, double bootstrapSeKT) {
    }

    /**
     * log q of the reference frames at {@code frames} (ascending), scored in chunks.
     */
    static double[] scoreFrames(Path reference, int atoms, int[] frames, ProposalDensity density)
            throws IOException {
        double[] out = new double[frames.length];
        double[] chunk = new double[SCORE_CHUNK * 3 * atoms];
        int[] filled = {0};
        int[] done = {0};
        TrajectoryScan.scanSelected(reference, atoms, frames, (i, xyz) -> {
            System.arraycopy(xyz, 0, chunk, filled[0] * 3 * atoms, 3 * atoms);
            filled[0]++;
            if (filled[0] == SCORE_CHUNK) {
                System.arraycopy(density.logQ(chunk, filled[0]), 0, out, done[0], filled[0]);
                done[0] += filled[0];
                filled[0] = 0;
            }
        });
        if (filled[0] > 0) {
            System.arraycopy(density.logQ(Arrays.copyOf(chunk, filled[0] * 3 * atoms), filled[0]), 0, out,
                    done[0], filled[0]);
        }
        return out;
    }

    /**
     * @param proposalLogWeights −u − log q of every proposal before clipping (−∞ for weight zero)
     * @param proposalAngles     the proposals' backbone angles
     * @param referenceEnergies  u of the reference subsample, kT
     * @param referenceLogQ      log q of the same frames
     * @param referenceAngles    their backbone angles (rows in time order)
     * @param labels             angle labels (φ in the even columns)
     */
    static ReferenceConsistency compute(double[] proposalLogWeights, AngleTable proposalAngles,
                                        double[] referenceEnergies, double[] referenceLogQ,
                                        AngleTable referenceAngles, List<String> labels, int bootstrap,
                                        SplittableRandom random) {
        int nRef = referenceEnergies.length;
        double[] refLw = new double[nRef];
        int outside = 0;
        for (int j = 0; j < nRef; j++) {
            refLw[j] = -referenceEnergies[j] - referenceLogQ[j];
            if (referenceLogQ[j] == Double.NEGATIVE_INFINITY) {
                outside++;
            }
        }
        LogWeightSlope.Fit slope = LogWeightSlope.fit(proposalLogWeights, refLw);
        List<BasinBar> basins = new ArrayList<>();
        for (int c = 0; c < proposalAngles.dims(); c += 2) {
            double[] phiQ = proposalAngles.column(c);
            double[] phiP = referenceAngles.column(c);
            double[] full = {basinLogZ(proposalLogWeights, phiQ, refLw, phiP, null, null, true, Double.NaN),
                basinLogZ(proposalLogWeights, phiQ, refLw, phiP, null, null, false, Double.NaN)};
            double dF = -(full[0] - full[1]);
            double[] replicates = new double[bootstrap];
            int finite = 0;
            int n = proposalLogWeights.length;
            int[] qPick = new int[n];
            int[] pPick = new int[nRef];
            int blockLength = Math.max(1, (nRef + REFERENCE_BLOCKS - 1) / REFERENCE_BLOCKS);
            for (int b = 0; b < bootstrap; b++) {
                for (int i = 0; i < n; i++) {
                    qPick[i] = random.nextInt(n);
                }
                for (int k = 0; k < nRef; k += blockLength) {
                    int start = random.nextInt(REFERENCE_BLOCKS) * blockLength;
                    for (int t = 0; t < blockLength && k + t < nRef; t++) {
                        pPick[k + t] = Math.min(nRef - 1, start + t);
                    }
                }
                double r = -(basinLogZ(proposalLogWeights, phiQ, refLw, phiP, qPick, pPick, true, full[0])
                        - basinLogZ(proposalLogWeights, phiQ, refLw, phiP, qPick, pPick, false, full[1]));
                if (Double.isFinite(r)) {
                    replicates[finite++] = r;
                }
            }
            basins.add(new BasinBar(labels.get(c), dF, BasinFreeEnergy.bootstrapStandardError(replicates, finite)));
        }
        return new ReferenceConsistency(nRef, outside, slope, basins);
    }

    /** log Z of the basin φ &gt; 0 ({@code positive}) or φ &lt; 0 by BAR; picks null for the samples as they are. */
    private static double basinLogZ(double[] lwQ, double[] phiQ, double[] lwP, double[] phiP, int[] qPick,
                                    int[] pPick, boolean positive, double guess) {
        int nq = qPick == null ? lwQ.length : qPick.length;
        double[] q = new double[nq];
        for (int k = 0; k < nq; k++) {
            int i = qPick == null ? k : qPick[k];
            // outside the basin the restricted target has no density: weight zero, but still a draw from q
            q[k] = (phiQ[i] > 0) == positive ? lwQ[i] : Double.NEGATIVE_INFINITY;
        }
        int np = pPick == null ? lwP.length : pPick.length;
        double[] p = new double[np];
        int m = 0;
        for (int k = 0; k < np; k++) {
            int j = pPick == null ? k : pPick[k];
            if ((phiP[j] > 0) == positive) {
                p[m++] = lwP[j];
            }
        }
        return BennettAcceptanceRatio.logPartitionFunction(q, Arrays.copyOf(p, m), guess);
    }

    /** The "consistency" object of metrics.json. */
    public ObjectNode toJson() {
        ObjectNode o = JsonOutput.object();
        o.put("reference_frames", referenceFrames);
        o.put("outside_support", outsideSupport);
        JsonOutput.putNumber(o, "log_weight_slope", slope.slope());
        JsonOutput.putNumber(o, "log_weight_slope_se", slope.standardError());
        o.put("log_weight_slope_bins", slope.bins());
        ArrayNode b = o.putArray("basin_bar");
        for (BasinBar x : basins) {
            ObjectNode e = b.addObject();
            e.put("angle", x.angle());
            JsonOutput.putNumber(e, "delta_f_kT", x.deltaFkT());
            JsonOutput.putNumber(e, "bootstrap_se_kT", x.bootstrapSeKT());
        }
        return o;
    }
}
