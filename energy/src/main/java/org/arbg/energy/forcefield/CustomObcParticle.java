package org.arbg.energy.forcefield;

/**
 * Per-particle parameters of the OBC CustomGBForce ({@code charge}, {@code or}, {@code sr} in
 * customgbforces.py).
 *
 * @param charge             in elementary charges
 * @param offsetRadiusNm     "or": intrinsic radius minus the 0.009 nm offset, in nm
 * @param scaledRadiusNm     "sr": screening factor times the offset radius, in nm
 */
public record CustomObcParticle(double charge, double offsetRadiusNm, double scaledRadiusNm) {
}
