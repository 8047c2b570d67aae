package org.arbg.energy.system;

import org.arbg.adapters.amber.PrmtopFile;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.openmm.OpenMMNative;

/**
 * Chooses and fills the GB force as OpenMM's readAmberSystem does: the native GBSAOBCForce for OBC2 without salt
 * (fast), a CustomGBForce otherwise; nonbonded method and cutoff follow the NonbondedForce.
 */
final class GbForceFactory {
    private GbForceFactory() {
    }

    static OpenMMNative.Force create(PrmtopFile prmtop, Topology topology, double[] charges,
                                     AmberSystemOptions options) {
        ImplicitSolvent model = options.implicitSolvent();
        double[] radii = GbAtomParameters.radiiNm(prmtop.radiiAngstrom().orElseThrow());
        double[] screen = GbAtomParameters.screen(model, topology, prmtop.screen().orElseThrow());
        boolean cutoff = options.nonbondedMethod() == NonbondedMethod.CUTOFF_NON_PERIODIC;
        double kappa = options.kappaPerNm();
        if (model == ImplicitSolvent.OBC2 && kappa == 0) {
            OpenMMNative.GBSAOBCForce gb = new OpenMMNative.GBSAOBCForce();
            gb.setSoluteDielectric(options.soluteDielectric());
            gb.setSolventDielectric(options.solventDielectric());
            if (options.surfaceArea() == SurfaceAreaModel.NONE) {
                gb.setSurfaceAreaEnergy(0);
            }
            for (int i = 0; i < charges.length; i++) {
                gb.addParticle(charges[i], radii[i], screen[i]);
            }
            gb.setNonbondedMethod(cutoff ? OpenMMNative.GBSAOBCForce.CutoffNonPeriodic : OpenMMNative.GBSAOBCForce.NoCutoff);
            if (cutoff) {
                gb.setCutoffDistance(options.cutoffNm());
            }
            return gb;
        }
        OpenMMNative.CustomGBForce gb;
        try {
            gb = CustomGbModels.create(model, topology, charges, radii, screen, options,
                    cutoff ? options.cutoffNm() : Double.NaN);
        } catch (IllegalArgumentException e) {
            throw new org.arbg.adapters.BadInputException(prmtop.source(), "%FLAG RADII", e.getMessage(), e);
        }
        gb.setNonbondedMethod(cutoff ? OpenMMNative.CustomGBForce.CutoffNonPeriodic : OpenMMNative.CustomGBForce.NoCutoff);
        if (cutoff) {
            gb.setCutoffDistance(options.cutoffNm());
        }
        return gb;
    }
}
