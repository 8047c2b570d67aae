package org.arbg.energy.openmm;

import java.util.Objects;

/**
 * Local energy minimisation with OpenMM's LocalEnergyMinimizer (L-BFGS), e.g. to relax a built peptide
 * before benchmarking or MD. Energies in kJ/mol, positions in nm.
 */
public final class EnergyMinimization {
    private EnergyMinimization() {
    }

    /**
     * @param positionsNm   minimised positions, x y z per particle
     * @param energyBefore  potential energy at the start, kJ/mol
     * @param energyAfter   potential energy at the end, kJ/mol
     */
    public record Result(double[] positionsNm, double energyBefore, double energyAfter) {
    }

    /**
     * Minimises from {@code xyzNm} on the Reference platform until the RMS force is below the tolerance.
     *
     * @param toleranceKjMolNm OpenMM's convergence tolerance, kJ/mol/nm
     * @param maxIterations    L-BFGS iterations at most; 0 for no limit
     */
    public static Result minimize(OpenMMSystem system, double[] xyzNm, double toleranceKjMolNm, int maxIterations) {
        Objects.requireNonNull(system, "system");
        if (xyzNm.length != 3 * system.getNumParticles()) {
            throw new IllegalArgumentException("expected " + 3 * system.getNumParticles() + " coordinates, got "
                    + xyzNm.length);
        }
        // its own Context (OpenMMContext keeps the native one private); closed before the System, as it must be
        OpenMMNative.Platform platform = OpenMMLibrary.load().platform("Reference");
        try (OpenMMNative.VerletIntegrator integrator = new OpenMMNative.VerletIntegrator(0.001);
             OpenMMNative.Context ctx = new OpenMMNative.Context(system.nativeHandle(), integrator, platform)) {
            system.contextOpened();
            try {
                OpenMMNative.setPositions(ctx, xyzNm, system.getNumParticles());
                double before = energy(ctx);
                OpenMMNative.LocalEnergyMinimizer.minimize(ctx, toleranceKjMolNm, maxIterations);
                double[] out = new double[xyzNm.length];
                try (OpenMMNative.State s = ctx.getState(OpenMMNative.State.Positions | OpenMMNative.State.Energy)) {
                    OpenMMNative.getPositions(s, out);
                    return new Result(out, before, s.getPotentialEnergy());
                }
            } finally {
                system.contextClosed();
            }
        }
    }

    private static double energy(OpenMMNative.Context ctx) {
        try (OpenMMNative.State s = ctx.getState(OpenMMNative.State.Energy)) {
            return s.getPotentialEnergy();
        }
    }
}
