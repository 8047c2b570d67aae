package org.arbg.energy.md;

import java.util.SplittableRandom;

import org.arbg.energy.openmm.EnergyEvaluator;

/** Initial velocities drawn from the Maxwell-Boltzmann distribution, reproducibly from a seed. */
public final class MaxwellBoltzmann {
    private MaxwellBoltzmann() {
    }

    /**
     * Velocities (nm/ps) with each component of a particle of mass m drawn from N(0, k_B T / m). Massless
     * particles (fixed in OpenMM) get zero; the centre-of-mass velocity of the rest is removed, as a
     * CMMotionRemover would.
     *
     * @param massesAmu    particle masses (amu)
     * @param temperatureK temperature (K)
     * @param seed         random seed
     */
    public static double[] draw(double[] massesAmu, double temperatureK, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double kT = EnergyEvaluator.MOLAR_GAS_CONSTANT_R * temperatureK;
        int n = massesAmu.length;
        double[] v = new double[3 * n];
        double[] momentum = new double[3];
        double totalMass = 0;
        for (int i = 0; i < n; i++) {
            double m = massesAmu[i];
            if (m <= 0) {
                continue;
            }
            // amu·nm²/ps² = kJ/mol, so sqrt(kT/m) is in nm/ps
            double sigma = Math.sqrt(kT / m);
            for (int d = 0; d < 3; d++) {
                v[3 * i + d] = sigma * gaussian(rng);
                momentum[d] += m * v[3 * i + d];
            }
            totalMass += m;
        }
        if (totalMass > 0 && n > 1) {
            for (int i = 0; i < n; i++) {
                if (massesAmu[i] > 0) {
                    for (int d = 0; d < 3; d++) {
                        v[3 * i + d] -= momentum[d] / totalMass;
                    }
                }
            }
        }
        return v;
    }

    /** Kinetic energy (kJ/mol) of velocities (nm/ps) for the given masses (amu). */
    public static double kineticEnergy(double[] massesAmu, double[] velocities) {
        double ke = 0;
        for (int i = 0; i < massesAmu.length; i++) {
            double vx = velocities[3 * i];
            double vy = velocities[3 * i + 1];
            double vz = velocities[3 * i + 2];
            ke += 0.5 * massesAmu[i] * (vx * vx + vy * vy + vz * vz);
        }
        return ke;
    }

    /** Box-Muller; SplittableRandom has no nextGaussian in Java 17. */
    private static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
