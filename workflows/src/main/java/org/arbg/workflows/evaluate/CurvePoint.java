package org.arbg.workflows.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.arbg.workflows.reweight.JsonOutput;

/**
 * One point of the metric-vs-cost curve: arbg and MD after the same number of energy evaluations.
 *
 * @param energyEvaluations the budget b
 * @param arbg              arbg restricted to its first b proposals
 * @param md                MD restricted to its first b / frame-cost frames, if an MD trajectory was given
 */
public record CurvePoint(long energyEvaluations, ArbgPoint arbg, Optional<MdPoint> md) {
    /**
     * @param proposals    proposals used (the first b)
     * @param finite       of those, proposals with a finite weight after clipping
     * @param clipped      of those, weights dropped by clipping (the same rule as the full sample)
     * @param essFraction  Kish ESS of those proposals / b
     * @param nEval        frames per side of E-W2 and T-W2 (0 when no proposal has a finite weight)
     * @param eW2kT        E-W2, kT (NaN when undefined)
     * @param tW2rad       T-W2, rad (NaN when undefined)
     */
    public record ArbgPoint(long proposals, int finite, int clipped, double essFraction, int nEval, double eW2kT,
                            double tW2rad) {
    }

    /**
     * @param budgetFrames frames the budget buys (b / frame-cost, rounded down)
     * @param usedFrames   frames used (fewer when the trajectory is shorter)
     * @param nEval        frames per side of E-W2 and T-W2 (0 when no frame is used)
     * @param eW2kT        E-W2, kT (NaN when undefined)
     * @param tW2rad       T-W2, rad (NaN when undefined)
     */
    public record MdPoint(long budgetFrames, int usedFrames, int nEval, double eW2kT, double tW2rad) {
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonOutput.object();
        o.put("energy_evaluations", energyEvaluations);
        ObjectNode a = o.putObject("arbg");
        a.put("n_proposals", arbg.proposals());
        a.put("n_finite", arbg.finite());
        a.put("n_clipped", arbg.clipped());
        JsonOutput.putNumber(a, "ess_fraction", arbg.essFraction());
        a.put("n_eval", arbg.nEval());
        JsonOutput.putNumber(a, "e_w2_kT", arbg.eW2kT());
        JsonOutput.putNumber(a, "t_w2_rad", arbg.tW2rad());
        if (md.isPresent()) {
            MdPoint m = md.get();
            ObjectNode mo = o.putObject("md");
            mo.put("n_frames_budget", m.budgetFrames());
            mo.put("n_frames_used", m.usedFrames());
            mo.put("n_eval", m.nEval());
            JsonOutput.putNumber(mo, "e_w2_kT", m.eW2kT());
            JsonOutput.putNumber(mo, "t_w2_rad", m.tW2rad());
        } else {
            o.putNull("md");
        }
        return o;
    }
}
