package org.arbg.workflows.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.inspect.StereoCheck;
import org.arbg.adapters.topology.Structure;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.workflows.metrics.BasinFreeEnergy;
import org.arbg.workflows.metrics.TorusWasserstein;
import org.arbg.workflows.metrics.Wasserstein1D;
import org.arbg.workflows.reweight.ProposalWeights;
import org.arbg.workflows.reweight.SampleDirectory;
import org.arbg.workflows.reweight.TrajectoryScan;
import org.arbg.workflows.reweight.WeightedSamples;

/**
 * {@code arbg evaluate}: the paper's metrics for arbg's reweighted proposals against a reference ensemble, and
 * the same metrics for an MD trajectory granted the same number of energy evaluations, so every evaluation
 * says whether arbg beat MD at equal cost.
 * <ul>
 *   <li>E-W2 (kT): exact 1-D W2 between n resampled and n reference reduced energies, n = min(n-eval,
 *       reference frames); the reference frames are a uniformly random subset, the resampled ones drawn
 *       from the clipped weights; its spread over further resamples ({@link ResamplingSpread}) says how much
 *       of it is the draw.</li>
 *   <li>T-W2 (rad): exact optimal transport on the torus of all backbone φ/ψ between the same frames.</li>
 *   <li>JS (nats): per-residue φ/ψ histograms of all weighted proposals (all MD frames) vs all reference
 *       frames.</li>
 *   <li>ΔF(φ &gt; 0 vs φ &lt; 0) per φ, kT, with bootstrap errors, and block errors for the correlated
 *       reference and MD.</li>
 * </ul>
 * MD's cost: one frame counts {@code mdFrameCost} energy evaluations (default 1, i.e. frames are counted);
 * its first budget/mdFrameCost frames are used. The cost of training the model is not counted. With
 * {@link EvaluateOptions#curve()} enabled, E-W2 and T-W2 are also computed at smaller budgets
 * ({@link CostCurve}).
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * @param structure   the prepared structure: its backbone defines φ/ψ, and proposals with a stereocentre
     *                    inverted relative to it get weight zero
     * @param evaluator   energies at the system's temperature
     * @throws BadInputException for a reference or MD trajectory of another molecule (atom count), empty
     *                           trajectories, unphysical reference frames, unusable samples, or known proposal
     *                           energies of another length than the sample
     */
    public static EvaluationResult run(Structure structure, EnergyEvaluator evaluator, double temperatureK,
                                       EvaluationInputs in, EvaluateOptions o, Progress progress)
            throws IOException {
        SampleDirectory samples = in.samples();
        Path reference = in.reference();
        Optional<Path> md = in.md();
        BackboneDihedrals backbone = BackboneDihedrals.of(structure.topology());
        int atoms = evaluator.numAtoms();
        SplittableRandom root = new SplittableRandom(o.seed());
        SplittableRandom refRandom = root.split();
        SplittableRandom resampleRandom = root.split();
        SplittableRandom mdRandom = root.split();
        SplittableRandom bootstrapRandom = root.split();
        SplittableRandom curveRandom = root.split();
        SplittableRandom consistencyRandom = root.split();
        SplittableRandom spreadRandom = root.split();

        // the reference first: a wrong molecule fails before the proposals' energies are spent
        AngleTable.Builder refBuilder = new AngleTable.Builder(backbone);
        int nRef = TrajectoryScan.scan(reference, atoms, -1, (i, xyz) -> refBuilder.add(xyz));
        if (nRef == 0) {
            throw new BadInputException(reference, "", "the reference trajectory holds no frames");
        }
        if (md.isPresent()) {
            TrajectoryScan.countFrames(md.get(), atoms);
        }
        AngleTable refAll = refBuilder.build();

        AngleTable.Builder propBuilder = new AngleTable.Builder(backbone);
        WeightedSamples w = ProposalWeights.compute(samples, in.proposalEnergiesKT().orElse(null), evaluator,
                StereoCheck.of(structure), o.clipFraction(), progress, (i, xyz) -> propBuilder.add(xyz));
        AngleTable propAll = propBuilder.build();
        double[] weights = w.normalizedWeights();

        int n = Math.min(o.nEval(), nRef);
        int[] refPick = RandomSubset.choose(nRef, n, refRandom);
        double[] uRef = SelectedFrameEnergies.at(reference, refPick, evaluator, progress);
        AngleTable refSub = refAll.select(refPick);

        int[] resPick = o.scheme().resample(w.logWeights(), n, resampleRandom);
        double[] uRes = RandomSubset.pick(w.reducedEnergyKT(), resPick);
        List<BasinResult> refBasins = basins(backbone, refAll, null, o, bootstrapRandom, true);
        EnsembleMetrics arbg = new EnsembleMetrics(n, Wasserstein1D.w2(uRes, uRef),
                torusW2(propAll.select(resPick), refSub),
                PhiPsiDivergence.mean(propAll, weights, refAll, null, o.jsBins()),
                basins(backbone, propAll, weights, o, bootstrapRandom, false));

        ResamplingSpread spread = ResamplingSpread.of(w.logWeights(), w.reducedEnergyKT(), uRef, o.scheme(),
                ResamplingSpread.DEFAULT_DRAWS, spreadRandom);

        Optional<MdComparison> mdResult = Optional.empty();
        if (md.isPresent()) {
            long budget = o.budget() > 0 ? o.budget() : w.size();
            mdResult = Optional.of(compareMd(md.get(), budget, backbone, evaluator, uRef, refSub, refAll, o,
                    mdRandom, bootstrapRandom, progress));
        }
        List<CurvePoint> curve = o.curve().enabled()
                ? CostCurve.compute(w, propAll, uRef, refSub, md, backbone, evaluator, o,
                        curveRandom, progress)
                : List.of();
        Optional<ReferenceConsistency> consistency = Optional.empty();
        if (in.density().isPresent()) {
            double[] refLogQ = ReferenceConsistency.scoreFrames(reference, atoms, refPick, in.density().get());
            consistency = Optional.of(ReferenceConsistency.compute(w.rawLogWeights(), propAll, uRef, refLogQ, refSub,
                    backbone.labels(), o.bootstrap(), consistencyRandom));
        }
        return new EvaluationResult(temperatureK, o, backbone.labels(), w, nRef, arbg, spread, refBasins, mdResult,
                curve, consistency);
    }

    private static MdComparison compareMd(Path md, long budget, BackboneDihedrals backbone, EnergyEvaluator evaluator,
                                          double[] uRef, AngleTable refSub, AngleTable refAll, EvaluateOptions o,
                                          SplittableRandom random, SplittableRandom bootstrapRandom, Progress progress)
            throws IOException {
        long budgetFrames = budget / o.mdFrameCost();
        if (budgetFrames == 0) {
            throw new BadInputException("command line", "", "a budget of " + budget + " energy evaluations buys no MD "
                    + "frame at " + o.mdFrameCost() + " evaluations per frame");
        }
        AngleTable.Builder builder = new AngleTable.Builder(backbone);
        int used = TrajectoryScan.scan(md, evaluator.numAtoms(), (int) Math.min(budgetFrames, Integer.MAX_VALUE),
                (i, xyz) -> builder.add(xyz));
        if (used == 0) {
            throw new BadInputException(md, "", "the MD trajectory holds no frames");
        }
        AngleTable mdAll = builder.build();
        int n = uRef.length;
        int nMd = Math.min(n, used);
        int[] mdPick = RandomSubset.choose(used, nMd, random);
        double[] uMd = SelectedFrameEnergies.at(md, mdPick, evaluator, progress);
        // equal sizes on both sides: a random part of the reference subsample when MD has fewer frames
        int[] refPart = RandomSubset.choose(n, nMd, random);
        EnsembleMetrics metrics = new EnsembleMetrics(nMd, Wasserstein1D.w2(uMd, RandomSubset.pick(uRef, refPart)),
                torusW2(mdAll.select(mdPick), refSub.select(refPart)),
                PhiPsiDivergence.mean(mdAll, null, refAll, null, o.jsBins()),
                basins(backbone, mdAll, null, o, bootstrapRandom, true));
        return new MdComparison(md, budget, o.mdFrameCost(), budgetFrames, used, metrics);
    }

    private static double torusW2(AngleTable a, AngleTable b) {
        return a.dims() == 0 ? Double.NaN : TorusWasserstein.w2(a.values(), b.values(), a.dims());
    }

    /** ΔF of every φ (the even columns), with bootstrap and, for trajectories, block errors. */
    private static List<BasinResult> basins(BackboneDihedrals backbone, AngleTable angles, double[] weights,
                                            EvaluateOptions o, SplittableRandom random, boolean correlated) {
        List<BasinResult> out = new ArrayList<>();
        for (int c = 0; c < backbone.count(); c += 2) {
            double[] phi = angles.column(c);
            BasinFreeEnergy.Estimate e = BasinFreeEnergy.estimate(phi, weights, o.bootstrap(), random.split());
            double block = correlated ? BlockError.deltaFStandardError(phi, o.blocks()) : Double.NaN;
            out.add(new BasinResult(backbone.labels().get(c), e.deltaFkT(), e.standardErrorKT(), block,
                    e.positiveFraction()));
        }
        return out;
    }

    /**
     * MD at the same cost as the proposals.
     *
     * @param file          the MD trajectory
     * @param budget        energy evaluations granted (the number of proposals unless set)
     * @param frameCost     energy evaluations per MD frame
     * @param budgetFrames  frames the budget buys
     * @param usedFrames    frames used (fewer when the trajectory is shorter than the budget)
     * @param metrics       MD's metrics against the reference
     */
    public record MdComparison(Path file, long budget, int frameCost, long budgetFrames, int usedFrames,
                               EnsembleMetrics metrics) {
        public boolean shorterThanBudget() {
            return usedFrames < budgetFrames;
        }
    }
}
