package org.arbg.energy.forcefield;

/**
 * Per-particle GB data of the OBC CustomGBForce, as customgbforces.py's {@code getStandardParameters}
 * gives it; the force's own per-particle parameters ({@code charge}, {@code or}, {@code sr}) derive from it.
 *
 * @param charge   in elementary charges
 * @param radiusNm intrinsic (mbondi2) radius in nm
 * @param screen   OBC screening factor (dimensionless)
 */
public record CustomObcParticle(double charge, double radiusNm, double screen) {
    /** "or": the radius minus the 0.009 nm offset, in nm (computed as OpenMM does, bit for bit). */
    public double offsetRadiusNm() {
        return radiusNm - CustomObcParameters.OFFSET_NM;
    }

    /** "sr": screening factor times the offset radius, in nm. */
    public double scaledRadiusNm() {
        return screen * offsetRadiusNm();
    }
}
