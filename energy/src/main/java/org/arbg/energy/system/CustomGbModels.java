package org.arbg.energy.system;

import org.arbg.adapters.topology.Topology;
import org.arbg.energy.openmm.OpenMMNative;
import org.arbg.energy.openmm.OpenMMNative.CustomGBForce;

/**
 * The AMBER Generalized Born models as OpenMM CustomGBForces, with the same expressions, per-particle parameters
 * and tables as OpenMM 7.7's app/internal/customgbforces.py (HCT = igb 1, OBC1 = igb 2, OBC2 = igb 5 with salt,
 * GBn = igb 7, GBn2 = igb 8). Lengths in nm, energies in kJ/mol, charges in e.
 */
final class CustomGbModels {
    /** Offset (nm) subtracted from intrinsic radii: 0.009 for HCT, OBC and GBn, 0.0195141 for GBn2. */
    static final double OFFSET = 0.009;
    static final double GBN2_OFFSET = 0.0195141;

    private static final String I_VDW = "select(step(r+sr2-or1), 0.5*(1/L-1/U+0.25*(r-sr2^2/r)*(1/(U^2)-1/(L^2))"
            + "+0.5*log(L/U)/r), 0);U=r+sr2;L=max(or1, D);D=abs(r-sr2)";

    private CustomGbModels() {
    }

    /**
     * Builds the force for one model (not OBC2 without salt, which uses OpenMM's native GBSAOBCForce).
     *
     * @param cutoffNm the GB cutoff in nm, or NaN for none
     */
    static CustomGBForce create(ImplicitSolvent model, Topology topology, double[] charges, double[] radiiNm,
                                double[] screen, AmberSystemOptions options, double cutoffNm) {
        double offset = model == ImplicitSolvent.GBN2 ? GBN2_OFFSET : OFFSET;
        int n = charges.length;
        double[] or = new double[n];
        double[] sr = new double[n];
        for (int i = 0; i < n; i++) {
            or[i] = radiiNm[i] - offset;
            sr[i] = screen[i] * or[i];
        }
        CustomGBForce f = new CustomGBForce();
        f.addPerParticleParameter("charge");
        f.addPerParticleParameter("or"); // offset radius
        f.addPerParticleParameter("sr"); // scaled offset radius
        switch (model) {
            case HCT -> {
                f.addComputedValue("I", I_VDW, CustomGBForce.ParticlePairNoExclusions);
                f.addComputedValue("B", "1/(1/or-I)", CustomGBForce.SingleParticle);
            }
            case OBC1 -> {
                f.addComputedValue("I", I_VDW, CustomGBForce.ParticlePairNoExclusions);
                f.addComputedValue("B", "1/(1/or-tanh(0.8*psi+2.909125*psi^3)/radius);"
                        + "psi=I*or; radius=or+offset; offset=0.009", CustomGBForce.SingleParticle);
            }
            case OBC2 -> {
                f.addComputedValue("I", I_VDW, CustomGBForce.ParticlePairNoExclusions);
                f.addComputedValue("B", "1/(1/or-tanh(psi-0.8*psi^2+4.85*psi^3)/radius);"
                        + "psi=I*or; radius=or+offset; offset=0.009", CustomGBForce.SingleParticle);
            }
            case GBN, GBN2 -> GbNeck.addNeckTerms(f, model, or, offset);
            default -> throw new IllegalArgumentException("not a custom GB model: " + model);
        }
        addEnergyTerms(f, options, cutoffNm, offset);
        int[] radIndex = model == ImplicitSolvent.GBN || model == ImplicitSolvent.GBN2 ? GbNeck.radiusIndex(or) : null;
        for (int i = 0; i < n; i++) {
            double[] p;
            if (model == ImplicitSolvent.GBN2) {
                double[] abg = GbAtomParameters.gbn2AlphaBetaGamma(topology, topology.atom(i));
                p = new double[] {charges[i], or[i], sr[i], abg[0], abg[1], abg[2], radIndex[i]};
            } else if (model == ImplicitSolvent.GBN) {
                p = new double[] {charges[i], or[i], sr[i], radIndex[i]};
            } else {
                p = new double[] {charges[i], or[i], sr[i]};
            }
            try (OpenMMNative.DoubleVector v = new OpenMMNative.DoubleVector(p)) {
                f.addParticle(v);
            }
        }
        return f;
    }

    /** The polar (GB), nonpolar (ACE) and pair energy terms shared by all models. */
    private static void addEnergyTerms(CustomGBForce f, AmberSystemOptions o, double cutoffNm, double offset) {
        double kappa = o.kappaPerNm();
        String params = "; solventDielectric=" + GbNumbers.g16(o.solventDielectric())
                + "; soluteDielectric=" + GbNumbers.g16(o.soluteDielectric())
                + "; kappa=" + GbNumbers.g16(kappa) + "; offset=" + GbNumbers.g16(offset);
        boolean cutoff = !Double.isNaN(cutoffNm);
        if (cutoff) {
            params += "; cutoff=" + GbNumbers.g16(cutoffNm);
        }
        String screening = kappa > 0 ? "exp(-kappa*B)/solventDielectric" : "1/solventDielectric";
        f.addEnergyTerm("-0.5*138.935485*(1/soluteDielectric-" + screening + ")*charge^2/B" + params,
                CustomGBForce.SingleParticle);
        if (o.surfaceArea() == SurfaceAreaModel.ACE) {
            f.addEnergyTerm("28.3919551*(radius+0.14)^2*(radius/B)^6; radius=or+offset" + params,
                    CustomGBForce.SingleParticle);
        }
        String pairScreening = kappa > 0 ? "exp(-kappa*f)/solventDielectric" : "1/solventDielectric";
        String shift = cutoff ? "*(1/f-" + GbNumbers.repr(1 / cutoffNm) + ")" : "/f";
        f.addEnergyTerm("-138.935485*(1/soluteDielectric-" + pairScreening + ")*charge1*charge2" + shift + ";"
                + "f=sqrt(r^2+B1*B2*exp(-r^2/(4*B1*B2)))" + params, CustomGBForce.ParticlePairNoExclusions);
    }
}
