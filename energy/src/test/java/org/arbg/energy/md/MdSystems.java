package org.arbg.energy.md;

import java.util.SplittableRandom;

import org.arbg.adapters.amber.InpcrdFile;
import org.arbg.energy.EnergyTestData;
import org.arbg.energy.openmm.OpenMMNative;
import org.arbg.energy.openmm.OpenMMSystem;
import org.arbg.energy.system.AmberSystemBuilder;
import org.arbg.energy.system.AmberSystemOptions;
import org.arbg.energy.system.ImplicitSolvent;

/** Systems for MD tests: alanine dipeptide with OBC2 (GBSAOBCForce) and independent harmonic wells. */
final class MdSystems {
    static final double R = 0.00831446261815324;

    private MdSystems() {
    }

    /** Alanine dipeptide from the prmtop, OBC2 implicit solvent, no cutoff, with a CMMotionRemover. */
    static OpenMMSystem alanineDipeptide() {
        return AmberSystemBuilder.build(EnergyTestData.path("topologies/alanine-dipeptide-implicit.prmtop"),
                AmberSystemOptions.defaults().withImplicitSolvent(ImplicitSolvent.OBC2));
    }

    /** The inpcrd positions (nm) of {@link #alanineDipeptide()}. */
    static double[] alanineDipeptidePositions() {
        return InpcrdFile.read(EnergyTestData.path("topologies/alanine-dipeptide-implicit.inpcrd")).positionsNm();
    }

    /**
     * {@code n} non-interacting particles of mass {@code massAmu}, each in the isotropic well
     * U = k/2 (x² + y² + z²) around the origin (k in kJ/mol/nm²): ⟨x²⟩ = k_B T / k per axis exactly.
     */
    static OpenMMSystem harmonicWells(int n, double massAmu, double k) {
        OpenMMSystem system = OpenMMSystem.create();
        OpenMMNative.CustomExternalForce force = new OpenMMNative.CustomExternalForce("0.5*k*(x^2+y^2+z^2)");
        force.addGlobalParameter("k", k);
        for (int i = 0; i < n; i++) {
            system.addParticle(massAmu);
            force.addParticle(i);
        }
        system.addForce(force);
        return system;
    }

    /** Start positions (nm) spread around the origin. */
    static double[] randomPositions(int n, double scaleNm, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[3 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = scaleNm * (2 * rng.nextDouble() - 1);
        }
        return x;
    }

    /** Mean of x² over all coordinates of all snapshots (nm²). */
    static double meanSquare(java.util.List<double[]> frames) {
        double sum = 0;
        long count = 0;
        for (double[] f : frames) {
            for (double v : f) {
                sum += v * v;
                count++;
            }
        }
        return sum / count;
    }
}
