package org.arbg.workflows.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arbg.workflows.reweight.JsonOutput;

/**
 * The basin free energy of one φ: ΔF = F(φ &gt; 0) − F(φ &lt; 0) = −ln(P(φ &gt; 0)/P(φ &lt; 0)) in kT.
 *
 * @param angle            "phi ALA 2"
 * @param deltaFkT         ΔF in kT (+∞ when no sample has φ &gt; 0, −∞ when none has φ &lt; 0)
 * @param bootstrapSeKT    bootstrap standard error in kT (NaN when not estimable)
 * @param blockSeKT        block standard error in kT for correlated trajectories (NaN for i.i.d. samples)
 * @param positiveFraction (weighted) fraction of samples with φ &gt; 0
 */
public record BasinResult(String angle, double deltaFkT, double bootstrapSeKT, double blockSeKT,
                          double positiveFraction) {
    public ObjectNode toJson() {
        ObjectNode o = JsonOutput.object();
        o.put("angle", angle);
        JsonOutput.putNumber(o, "delta_f_kT", deltaFkT);
        JsonOutput.putNumber(o, "bootstrap_se_kT", bootstrapSeKT);
        JsonOutput.putNumber(o, "block_se_kT", blockSeKT);
        o.put("positive_fraction", positiveFraction);
        return o;
    }

    /**
     * |ΔF − ΔF_ref| in kT: +∞ when this ΔF is infinite (an empty basin), NaN when the reference's is (then
     * the reference cannot judge the basin and no comparison is made).
     */
    public double errorAgainst(BasinResult reference) {
        if (!Double.isFinite(reference.deltaFkT)) {
            return Double.NaN;
        }
        return Double.isFinite(deltaFkT) ? Math.abs(deltaFkT - reference.deltaFkT) : Double.POSITIVE_INFINITY;
    }
}
