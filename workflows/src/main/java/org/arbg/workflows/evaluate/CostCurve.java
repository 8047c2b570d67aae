package org.arbg.workflows.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.arbg.adapters.Progress;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.workflows.metrics.TorusWasserstein;
import org.arbg.workflows.metrics.Wasserstein1D;
import org.arbg.workflows.reweight.LogSpace;
import org.arbg.workflows.reweight.TrajectoryScan;
import org.arbg.workflows.reweight.WeightClipping;
import org.arbg.workflows.reweight.WeightedSamples;

/**
 * E-W2 and T-W2 as a function of the number of energy evaluations, for arbg and MD (see {@link CurveOptions}).
 * At budget b arbg uses its first b proposals, weighted with the same clipping rule as the full sample and
 * resampled; MD uses its first b / frame-cost frames. Every point is compared with one fixed random subset
 * of the main evaluation's reference frames, of size min(curve n-eval, main n-eval); when that size equals
 * the main one the subset is the main one, so the last point (b = all proposals) repeats the main metrics
 * up to the randomness of resampling.
 */
final class CostCurve {
    private CostCurve() {
    }

    /**
     * @param w       all proposals, weighted
     * @param propAll backbone angles of all proposals
     * @param uRef    reduced energies of the main evaluation's reference subset, kT
     * @param refSub  backbone angles of that subset
     */
    static List<CurvePoint> compute(WeightedSamples w, AngleTable propAll, double[] uRef, AngleTable refSub,
                                    Optional<Path> md, BackboneDihedrals backbone, EnergyEvaluator evaluator,
                                    EvaluateOptions o, SplittableRandom random, Progress progress)
            throws IOException {
        long[] budgets = o.curve().budgets(w.size());
        int nc = Math.min(o.curve().nEval(), uRef.length);
        int[] refPick = RandomSubset.choose(uRef.length, nc, random);
        double[] uRefC = RandomSubset.pick(uRef, refPick);
        AngleTable refC = refSub.select(refPick);

        AngleTable mdAll = null;
        int mdRead = 0;
        if (md.isPresent()) {
            long maxFrames = budgets[budgets.length - 1] / o.mdFrameCost();
            AngleTable.Builder builder = new AngleTable.Builder(backbone);
            mdRead = TrajectoryScan.scan(md.get(), evaluator.numAtoms(),
                    (int) Math.min(maxFrames, Integer.MAX_VALUE), (i, xyz) -> builder.add(xyz));
            mdAll = builder.build();
        }

        List<CurvePoint> points = new ArrayList<>();
        for (long b : budgets) {
            SplittableRandom pointRandom = random.split();
            CurvePoint.ArbgPoint a = arbgPoint(w, propAll, (int) b, uRefC, refC, o, pointRandom);
            Optional<CurvePoint.MdPoint> m = Optional.empty();
            if (md.isPresent()) {
                long budgetFrames = b / o.mdFrameCost();
                int used = (int) Math.min(budgetFrames, mdRead);
                m = Optional.of(mdPoint(md.get(), budgetFrames, used, mdAll, uRefC, refC, evaluator, pointRandom,
                        progress));
            }
            points.add(new CurvePoint(b, a, m));
        }
        return points;
    }

    private static CurvePoint.ArbgPoint arbgPoint(WeightedSamples w, AngleTable propAll, int b, double[] uRef,
                                                  AngleTable ref, EvaluateOptions o, SplittableRandom random) {
        WeightClipping.Result clipped = WeightClipping.clip(Arrays.copyOf(w.rawLogWeights(), b), o.clipFraction());
        double[] logW = clipped.logWeights();
        int finite = (int) Arrays.stream(logW).filter(Double::isFinite).count();
        if (finite == 0) {
            return new CurvePoint.ArbgPoint(b, 0, clipped.clipped(), 0, 0, Double.NaN, Double.NaN);
        }
        int[] pick = o.scheme().resample(logW, uRef.length, random);
        double eW2 = Wasserstein1D.w2(RandomSubset.pick(w.reducedEnergyKT(), pick), uRef);
        return new CurvePoint.ArbgPoint(b, finite, clipped.clipped(), LogSpace.kishEssFraction(logW), pick.length,
                eW2, torusW2(propAll.select(pick), ref));
    }

    private static CurvePoint.MdPoint mdPoint(Path md, long budgetFrames, int used, AngleTable mdAll, double[] uRef,
                                              AngleTable ref, EnergyEvaluator evaluator, SplittableRandom random,
                                              Progress progress) throws IOException {
        if (used == 0) {
            return new CurvePoint.MdPoint(budgetFrames, 0, 0, Double.NaN, Double.NaN);
        }
        int nMd = Math.min(uRef.length, used);
        int[] mdPick = RandomSubset.choose(used, nMd, random);
        double[] uMd = SelectedFrameEnergies.at(md, mdPick, evaluator, progress);
        int[] refPart = RandomSubset.choose(uRef.length, nMd, random);
        double eW2 = Wasserstein1D.w2(uMd, RandomSubset.pick(uRef, refPart));
        return new CurvePoint.MdPoint(budgetFrames, used, nMd, eW2,
                torusW2(mdAll.select(mdPick), ref.select(refPart)));
    }

    private static double torusW2(AngleTable a, AngleTable b) {
        return a.dims() == 0 ? Double.NaN : TorusWasserstein.w2(a.values(), b.values(), a.dims());
    }
}
