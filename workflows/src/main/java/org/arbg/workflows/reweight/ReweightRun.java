package org.arbg.workflows.reweight;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.arbg.adapters.Progress;
import org.arbg.adapters.inspect.StereoCheck;
import org.arbg.adapters.io.AtomicOutput;
import org.arbg.adapters.io.Npy;
import org.arbg.adapters.io.NpyArray;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.io.Trajectories;
import org.arbg.energy.openmm.EnergyEvaluator;

/**
 * {@code arbg reweight}: energies of a sample directory's proposals, clipped importance weights, Kish ESS and
 * a resampled ensemble. Writes into the output directory, all or nothing:
 * <ul>
 *   <li>energies.npy: float64 u(x) per proposal in kT (+∞ where the evaluation failed);</li>
 *   <li>log_weights.npy: float64 log w = −u − log q after clipping, −∞ for weight zero (unnormalised);</li>
 *   <li>resampled_indices.npy: int64 proposal index of every resampled frame, ascending;</li>
 *   <li>resampled.dcd: those proposals, in proposal order (proposals are i.i.d., so that order carries no
 *       information, but copies of one proposal are adjacent: draw random frames, not a prefix);</li>
 *   <li>summary.json: {@link ReweightSummary}.</li>
 * </ul>
 */
public final class ReweightRun {
    public static final String ENERGIES = "energies.npy";
    public static final String LOG_WEIGHTS = "log_weights.npy";
    public static final String RESAMPLED_INDICES = "resampled_indices.npy";
    public static final String RESAMPLED = "resampled.dcd";
    public static final String SUMMARY = "summary.json";

    private ReweightRun() {
    }

    /**
     * @param evaluator energies at the system's temperature (its numAtoms is the molecule's)
     * @param stereo    the stereocentres proposals must keep (those of the prepared structure)
     * @param outDir    the output directory (created if missing)
     */
    public static ReweightSummary run(SampleDirectory samples, EnergyEvaluator evaluator, StereoCheck stereo,
                                      double temperatureK, ReweightOptions options, Path outDir, Progress progress)
            throws IOException {
        WeightedSamples w = ProposalWeights.compute(samples, evaluator, stereo, options.clipFraction(), progress,
                null);
        int n = w.size();
        int count = options.resample() == 0 ? n : options.resample();
        int[] picked = options.scheme().resample(w.logWeights(), count, new SplittableRandom(options.seed()));
        ReweightSummary summary = new ReweightSummary(n, w.finiteCount(), w.essFraction(), options.clipFraction(),
                w.clipped(), w.clippedWeightShare(), w.unclippedEssFraction(), w.meanReducedEnergyKT(),
                w.clippedMeanReducedEnergyKT(), w.nonFiniteEnergy(), w.nonFiniteLogQ(),
                w.invertedStereo(), temperatureK, count,
                (int) Arrays.stream(picked).distinct().count(), options.scheme(), options.seed(),
                evaluator.platform());
        try (OutputStaging out = OutputStaging.open(outDir)) {
            Npy.write(out.file(ENERGIES), new NpyArray.Float64(new int[] {n}, w.reducedEnergyKT()));
            Npy.write(out.file(LOG_WEIGHTS), new NpyArray.Float64(new int[] {n}, w.logWeights()));
            Npy.write(out.file(RESAMPLED_INDICES), new NpyArray.Int64(new int[] {count},
                    Arrays.stream(picked).asLongStream().toArray()));
            writeFrames(samples.proposals(), evaluator.numAtoms(), picked, out.file(RESAMPLED));
            AtomicOutput.writeString(out.file(SUMMARY), JsonOutput.text(summary.toJson()));
            out.commit();
        }
        return summary;
    }

    /** Copies the frames at the ascending indices {@code picked} (with repeats) into a new trajectory. */
    static void writeFrames(Path source, int atoms, int[] picked, Path target) throws IOException {
        try (TrajectoryWriter writer = Trajectories.openWriter(target, atoms)) {
            try {
                TrajectoryScan.scanSelected(source, atoms, picked, (i, xyz) -> writer.writeFrame(xyz));
            } catch (IOException | RuntimeException e) {
                writer.abort();
                throw e;
            }
        }
    }
}
