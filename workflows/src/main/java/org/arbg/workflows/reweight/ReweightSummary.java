package org.arbg.workflows.reweight;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@code arbg reweight} reports in summary.json.
 *
 * @param nProposals        proposals (energy evaluations)
 * @param nFinite           proposals with a finite weight after clipping
 * @param essFraction       Kish ESS / n_proposals, in [0, 1]
 * @param clipFraction      the clip fraction asked for
 * @param nClipped          finite log-weights dropped by clipping
 * @param clippedWeightShare share of the unclipped importance weight that clipping removed ({@link
 *                          WeightedSamples#clippedWeightShare()})
 * @param unclippedEssFraction Kish ESS / n_proposals before clipping
 * @param meanEnergyKT      reweighted mean reduced energy (clipped weights), kT
 * @param clippedMeanEnergyKT plain mean reduced energy of the clipped proposals, kT (NaN when none)
 * @param nNonfiniteEnergy  proposals whose energy was NaN or infinite (weight zero)
 * @param nNonfiniteLogQ    proposals whose log q was NaN or infinite (weight zero)
 * @param nInvertedStereo   proposals with a stereocentre inverted relative to the prepared structure (weight zero)
 * @param temperatureK      temperature of u = E / (k_B T), K
 * @param nResampled        frames in resampled.dcd
 * @param nUniqueResampled  distinct proposals among them
 * @param scheme            resampling scheme
 * @param seed              resampling seed
 * @param platform          OpenMM platform of the energies
 */
public record ReweightSummary(int nProposals, int nFinite, double essFraction, double clipFraction, int nClipped,
                              double clippedWeightShare, double unclippedEssFraction, double meanEnergyKT,
                              double clippedMeanEnergyKT, int nNonfiniteEnergy, int nNonfiniteLogQ, int nInvertedStereo, double temperatureK,
                              int nResampled, int nUniqueResampled, ResamplingScheme scheme, long seed,
                              String platform) {
    public ObjectNode toJson() {
        ObjectNode o = JsonOutput.object();
        o.put("n_proposals", nProposals);
        o.put("n_finite", nFinite);
        JsonOutput.putNumber(o, "ess_fraction", essFraction);
        JsonOutput.putNumber(o, "ess", essFraction * nProposals);
        o.put("clip_fraction", clipFraction);
        o.put("n_clipped", nClipped);
        JsonOutput.putNumber(o, "clipped_weight_share", clippedWeightShare);
        JsonOutput.putNumber(o, "ess_fraction_unclipped", unclippedEssFraction);
        JsonOutput.putNumber(o, "mean_reduced_energy_kT", meanEnergyKT);
        JsonOutput.putNumber(o, "clipped_mean_reduced_energy_kT", clippedMeanEnergyKT);
        o.put("n_nonfinite_energy", nNonfiniteEnergy);
        o.put("n_nonfinite_logq", nNonfiniteLogQ);
        o.put("n_inverted_stereo", nInvertedStereo);
        o.put("temperature_K", temperatureK);
        o.put("n_resampled", nResampled);
        o.put("n_unique_resampled", nUniqueResampled);
        o.put("resampling", scheme.label());
        o.put("seed", seed);
        o.put("platform", platform);
        o.put("energy_unit", "kT");
        o.put("log_weight_definition", "-u - log q; -inf where u or log q is not finite or a stereocentre is"
                + " inverted; then clipped to -inf above the (1 - clip_fraction) quantile");
        return o;
    }
}
