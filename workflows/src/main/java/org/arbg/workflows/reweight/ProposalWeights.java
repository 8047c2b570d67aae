package org.arbg.workflows.reweight;

import java.io.IOException;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.inspect.StereoCheck;
import org.arbg.energy.openmm.EnergyEvaluator;

/**
 * Energies and importance weights of a sample directory's proposals: u(x) for every frame of proposals.dcd,
 * log w = −u − log q, weight zero for proposals with an inverted stereocentre, clipping. Refuses samples it cannot
 * weight, with messages that name the files.
 */
public final class ProposalWeights {
    private ProposalWeights() {
    }

    /**
     * @param evaluator    energies at the system's temperature
     * @param stereo       the stereocentres proposals must keep (those of the prepared structure)
     * @param clipFraction fraction of the largest finite log-weights dropped
     * @param alsoVisit    sees every proposal frame during the energy pass (e.g. to compute dihedrals), or null
     * @throws BadInputException for an empty sample, log_q.npy and proposals.dcd of different lengths, or a
     *                           sample in which no proposal keeps a finite weight
     */
    public static WeightedSamples compute(SampleDirectory samples, EnergyEvaluator evaluator, StereoCheck stereo,
                                          double clipFraction, Progress progress,
                                          TrajectoryScan.FrameVisitor alsoVisit)
            throws IOException {
        return compute(samples, null, evaluator, stereo, clipFraction, progress, alsoVisit);
    }

    /**
     * As {@link #compute(SampleDirectory, EnergyEvaluator, StereoCheck, double, Progress,
     * TrajectoryScan.FrameVisitor)}, with the proposals' reduced energies (kT) already known, e.g. from the
     * energies.npy of {@code arbg reweight}; null evaluates them.
     *
     * @throws BadInputException also when the known energies are not one per proposal
     */
    public static WeightedSamples compute(SampleDirectory samples, double[] knownEnergiesKT,
                                          EnergyEvaluator evaluator, StereoCheck stereo, double clipFraction,
                                          Progress progress, TrajectoryScan.FrameVisitor alsoVisit)
            throws IOException {
        double[] logQ = samples.readLogQ();
        int atoms = evaluator.numAtoms();
        int frames = TrajectoryScan.countFrames(samples.proposals(), atoms);
        if (frames != logQ.length) {
            throw new BadInputException(samples.proposals(), "", "holds " + frames + " frames but "
                    + samples.logQ() + " holds " + logQ.length + " log q values; they must be aligned one per proposal");
        }
        if (frames == 0) {
            throw new BadInputException(samples.dir(), "", "empty sample: " + samples.proposals()
                    + " holds no proposals");
        }
        if (knownEnergiesKT != null && knownEnergiesKT.length != frames) {
            throw new BadInputException(samples.proposals(), "", "holds " + frames + " proposals but "
                    + knownEnergiesKT.length + " energies were given for it");
        }
        EnergyAccumulator energies = new EnergyAccumulator(evaluator, progress, frames);
        boolean[] inverted = new boolean[frames];
        int read = TrajectoryScan.scan(samples.proposals(), atoms, frames, (i, xyz) -> {
            if (knownEnergiesKT == null) {
                energies.add(xyz);
            }
            inverted[i] = stereo.firstInverted(xyz) >= 0;
            if (alsoVisit != null) {
                alsoVisit.frame(i, xyz);
            }
        });
        if (read != frames) {
            throw new BadInputException(samples.proposals(), "", "changed while reading (" + read + " frames, "
                    + frames + " expected)");
        }
        WeightedSamples w = Reweighting.reweight(knownEnergiesKT != null ? knownEnergiesKT : energies.finish(), logQ,
                inverted, clipFraction);
        if (w.finiteCount() == 0) {
            throw new BadInputException(samples.dir(), "", "no proposal has a finite importance weight: "
                    + w.nonFiniteEnergy() + " of " + frames + " energies and " + w.nonFiniteLogQ() + " of " + frames
                    + " log q values are NaN or infinite, and " + w.invertedStereo() + " of " + frames
                    + " proposals have an inverted stereocentre");
        }
        return w;
    }
}
