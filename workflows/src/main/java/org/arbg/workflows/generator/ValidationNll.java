package org.arbg.workflows.generator;

/**
 * Negative log-likelihood of held-out frames under the trained model (τ = 1), in nats.
 *
 * @param perToken          over internal coordinates, per token: perMolecule / numTokens
 * @param perMolecule       over internal coordinates (nm, rad), per frame: −mean log q_ic
 * @param cartesianPerMolecule over Cartesian space modulo rigid motion (nm), per frame:
 *                          −mean log q_x = −mean(log q_ic − log J) = perMolecule + mean log J; for information
 *                          (it depends on the length unit, nm here)
 * @param frames            held-out frames inside the model's support (the means are over these)
 * @param outside           held-out frames outside the support (infinite NLL; left out of the means)
 */
public record ValidationNll(double perToken, double perMolecule, double cartesianPerMolecule, int frames,
                            int outside) {
    /** From per-frame scores; null when no frame is inside the support. */
    static ValidationNll of(FrameScores s, int numTokens) {
        double ic = 0;
        double x = 0;
        int n = 0;
        for (int i = 0; i < s.numFrames(); i++) {
            if (Double.isFinite(s.logQIc()[i])) {
                ic += s.logQIc()[i];
                x += s.logQ()[i];
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        return new ValidationNll(-ic / n / numTokens, -ic / n, -x / n, n, s.numFrames() - n);
    }
}
