package org.arbg.energy.forcefield;

/**
 * GBSAOBCForce parameters of one particle.
 *
 * @param charge   in elementary charges
 * @param radiusNm GB radius in nm
 * @param scale    overlap scale factor (dimensionless)
 */
public record GbsaObcParticle(double charge, double radiusNm, double scale) {
}
