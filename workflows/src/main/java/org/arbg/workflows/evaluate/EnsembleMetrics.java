package org.arbg.workflows.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.arbg.workflows.reweight.JsonOutput;

/**
 * The metrics of one ensemble (arbg's reweighted proposals, or MD) against the reference.
 *
 * @param nEval   frames per side of E-W2 and T-W2
 * @param eW2kT   E-W2: exact 1-D Wasserstein-2 between the reduced energies, kT
 * @param tW2rad  T-W2: exact Wasserstein-2 on the torus of all backbone φ/ψ, radians (NaN without angles)
 * @param jsNats  mean Jensen–Shannon divergence of the per-residue φ/ψ histograms, nats
 * @param basins  basin free energy of every φ
 */
public record EnsembleMetrics(int nEval, double eW2kT, double tW2rad, double jsNats, List<BasinResult> basins) {
    /** Writes the fields into {@code o}. */
    public ObjectNode into(ObjectNode o) {
        o.put("n_eval", nEval);
        JsonOutput.putNumber(o, "e_w2_kT", eW2kT);
        JsonOutput.putNumber(o, "t_w2_rad", tW2rad);
        JsonOutput.putNumber(o, "js_divergence", jsNats);
        ArrayNode b = o.putArray("basin");
        basins.forEach(r -> b.add(r.toJson()));
        return o;
    }

    /** The largest |ΔF − ΔF_ref| over the φ angles, kT (NaN without φ or when a reference ΔF is infinite). */
    public double worstBasinError(List<BasinResult> reference) {
        double worst = basins.isEmpty() ? Double.NaN : 0;
        for (int k = 0; k < basins.size(); k++) {
            // Math.max propagates NaN: one unjudgeable basin makes the comparison undefined
            worst = Math.max(worst, basins.get(k).errorAgainst(reference.get(k)));
        }
        return worst;
    }
}
