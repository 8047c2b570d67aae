package org.arbg.workflows.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.arbg.workflows.reweight.JsonOutput;
import org.arbg.workflows.reweight.WeightedSamples;

/**
 * Everything {@code arbg evaluate} reports; {@link #toJson()} is metrics.json. The top level holds arbg's
 * metrics, {@code reference} the reference's own basin free energies, {@code md} MD's metrics at equal cost
 * and {@code beats_md} whether arbg did better, per metric (lower E-W2, T-W2, JS and basin error; null when
 * the comparison is undefined).
 *
 * @param temperatureK    temperature of the reduced energies, K
 * @param options         the settings used
 * @param angleLabels     the backbone angles, in T-W2 column order
 * @param weighted        the proposals' energies and weights
 * @param referenceFrames frames in the reference trajectory
 * @param arbg            arbg's metrics
 * @param eW2Spread       E-W2 over further resamples of the same weights, against the same reference frames
 * @param referenceBasins the reference's basin free energies (bootstrap and block errors)
 * @param md              MD at equal cost, if an MD trajectory was given
 * @param curve           the metric-vs-cost curve, ascending in energy evaluations (empty unless asked for)
 * @param consistency     the proposals-vs-reference check, when the proposals' density was given
 */
public record EvaluationResult(double temperatureK, EvaluateOptions options, List<String> angleLabels,
                               WeightedSamples weighted, int referenceFrames, EnsembleMetrics arbg,
                               ResamplingSpread eW2Spread,
                               List<BasinResult> referenceBasins, Optional<Evaluation.MdComparison> md,
                               List<CurvePoint> curve, Optional<ReferenceConsistency> consistency) {
    public EvaluationResult {
        curve = List.copyOf(curve);
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonOutput.object();
        o.put("n_proposals", weighted.size());
        o.put("n_finite", weighted.finiteCount());
        o.put("n_nonfinite_energy", weighted.nonFiniteEnergy());
        o.put("n_nonfinite_logq", weighted.nonFiniteLogQ());
        o.put("n_inverted_stereo", weighted.invertedStereo());
        o.put("n_clipped", weighted.clipped());
        o.put("clip_fraction", options.clipFraction());
        JsonOutput.putNumber(o, "clipped_weight_share", weighted.clippedWeightShare());
        JsonOutput.putNumber(o, "ess_fraction_unclipped", weighted.unclippedEssFraction());
        JsonOutput.putNumber(o, "ess_fraction", weighted.essFraction());
        o.put("temperature_K", temperatureK);
        o.put("resampling", options.scheme().label());
        o.put("seed", options.seed());
        o.put("bootstrap", options.bootstrap());
        o.put("blocks", options.blocks());
        o.put("js_bins", options.jsBins());
        ArrayNode labels = o.putArray("angles");
        angleLabels.forEach(labels::add);
        arbg.into(o);
        o.set("e_w2_resampling", eW2Spread.toJson());
        ObjectNode ref = o.putObject("reference");
        ref.put("n_frames", referenceFrames);
        ArrayNode rb = ref.putArray("basin");
        referenceBasins.forEach(b -> rb.add(b.toJson()));
        if (md.isPresent()) {
            Evaluation.MdComparison m = md.get();
            ObjectNode mo = o.putObject("md");
            mo.put("file", m.file().toString());
            mo.put("budget_energy_evaluations", m.budget());
            mo.put("energy_evaluations_per_frame", m.frameCost());
            mo.put("n_frames_budget", m.budgetFrames());
            mo.put("n_frames_used", m.usedFrames());
            mo.put("shorter_than_budget", m.shorterThanBudget());
            m.metrics().into(mo);
            ObjectNode beats = o.putObject("beats_md");
            EnsembleMetrics mm = m.metrics();
            putLower(beats, "e_w2_kT", arbg.eW2kT(), mm.eW2kT());
            putLower(beats, "t_w2_rad", arbg.tW2rad(), mm.tW2rad());
            putLower(beats, "js_divergence", arbg.jsNats(), mm.jsNats());
            putLower(beats, "basin_delta_f", arbg.worstBasinError(referenceBasins),
                    mm.worstBasinError(referenceBasins));
        } else {
            o.putNull("md");
            o.putNull("beats_md");
        }
        if (curve.isEmpty()) {
            o.putNull("curve");
        } else {
            ArrayNode c = o.putArray("curve");
            curve.forEach(p -> c.add(p.toJson()));
        }
        if (consistency.isPresent()) {
            o.set("consistency", consistency.get().toJson());
        } else {
            o.putNull("consistency");
        }
        ObjectNode d = o.putObject("definitions");
        d.put("e_w2_kT", "exact 1-D Wasserstein-2 between n_eval resampled and n_eval reference reduced energies");
        d.put("e_w2_resampling", "mean and standard deviation of e_w2_kT over further independent resamples of "
                + "the same clipped weights against the same reference frames: how much of e_w2_kT is the draw");
        d.put("t_w2_rad", "exact optimal transport on the torus of all backbone phi/psi, cost sum_k min(|d|, 2pi-|d|)^2");
        d.put("js_divergence", "Jensen-Shannon divergence (nats) of per-residue phi/psi histograms, mean over residues");
        d.put("basin", "dF = -ln(P(phi>0)/P(phi<0)) in kT; weighted proposals for arbg, all frames for MD/reference");
        d.put("md_cost", "MD frames used = budget / energy_evaluations_per_frame, from the start of the trajectory");
        if (!curve.isEmpty()) {
            d.put("curve", "e_w2_kT and t_w2_rad after energy_evaluations b: arbg's first b proposals (clipped, "
                    + "resampled), MD's first b / energy_evaluations_per_frame frames, against one random subset "
                    + "of the reference frames of size n_eval");
        }
        if (consistency.isPresent()) {
            d.put("consistency", "reference frames' log-weights -u - log q against the proposals': slope of "
                    + "ln(hist_reference / hist_proposals) over lw (1 when consistent), and per phi the basin dF by "
                    + "Bennett's acceptance ratio between the unclipped proposals and the reference frames of each "
                    + "basin");
        }
        return o;
    }

    /** arbg beats MD when its value is lower; null when either is undefined (NaN). */
    private static void putLower(ObjectNode beats, String key, double arbgValue, double mdValue) {
        if (Double.isNaN(arbgValue) || Double.isNaN(mdValue)) {
            beats.putNull(key);
        } else {
            beats.put(key, arbgValue < mdValue);
        }
    }
}
