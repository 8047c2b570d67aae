package org.arbg.energy.system;

import java.util.Arrays;

import org.arbg.energy.openmm.OpenMMNative;
import org.arbg.energy.openmm.OpenMMNative.CustomGBForce;

/**
 * The neck correction of GBn and GBn2: the d0/m0 tables interpolated onto the distinct offset radii of the
 * system, as two Discrete2DFunctions indexed by a per-particle "radindex" (OpenMM's GBSAGBnForce.finalize).
 */
final class GbNeck {
    private GbNeck() {
    }

    /** Adds radindex (and GBn2's alpha, beta, gamma), the neck tables and the I and B computed values. */
    static void addNeckTerms(CustomGBForce f, ImplicitSolvent model, double[] or, double offset) {
        checkRadii(or, offset);
        if (model == ImplicitSolvent.GBN2) {
            f.addPerParticleParameter("alpha");
            f.addPerParticleParameter("beta");
            f.addPerParticleParameter("gamma");
        }
        f.addPerParticleParameter("radindex");
        double[] unique = uniqueRadii(or);
        int n = unique.length;
        double[] d0 = new double[GbNeckTables.D0_ANGSTROM.length];
        double[] m0 = new double[GbNeckTables.M0_PER_ANGSTROM.length];
        for (int i = 0; i < d0.length; i++) {
            d0[i] = GbNeckTables.D0_ANGSTROM[i] / 10.0;
            m0[i] = GbNeckTables.M0_PER_ANGSTROM[i] * 10.0;
        }
        addTable(f, "getd0", n, interpolate(unique, offset, d0));
        addTable(f, "getm0", n, interpolate(unique, offset, m0));
        String neckScale = model == ImplicitSolvent.GBN2 ? "0.826836" : "0.361825";
        String off = model == ImplicitSolvent.GBN2 ? "0.0195141" : "0.009";
        f.addComputedValue("I", "Ivdw+neckScale*Ineck;"
                + "Ineck=step(radius1+radius2+neckCut-r)*getm0(radindex1,radindex2)/(1+100*(r-getd0(radindex1,radindex2))^2+"
                + "0.3*1000000*(r-getd0(radindex1,radindex2))^6);"
                + "Ivdw=select(step(r+sr2-or1), 0.5*(1/L-1/U+0.25*(r-sr2^2/r)*(1/(U^2)-1/(L^2))+0.5*log(L/U)/r), 0);"
                + "U=r+sr2;"
                + "L=max(or1, D);"
                + "D=abs(r-sr2);"
                + "radius1=or1+offset; radius2=or2+offset;"
                + "neckScale=" + neckScale + "; neckCut=0.68; offset=" + off, CustomGBForce.ParticlePairNoExclusions);
        String tanh = model == ImplicitSolvent.GBN2 ? "alpha*psi-beta*psi^2+gamma*psi^3"
                : "1.09511284*psi-1.907992938*psi^2+2.50798245*psi^3";
        f.addComputedValue("B", "1/(1/or-tanh(" + tanh + ")/radius);psi=I*or; radius=or+offset; offset=" + off,
                CustomGBForce.SingleParticle);
    }

    /** Index of each particle's offset radius among the sorted distinct ones. */
    static int[] radiusIndex(double[] or) {
        double[] unique = uniqueRadii(or);
        int[] idx = new int[or.length];
        for (int i = 0; i < or.length; i++) {
            idx[i] = Arrays.binarySearch(unique, or[i]);
        }
        return idx;
    }

    /** The neck tables cover radii from 1 to 2 Å; OpenMM refuses others. */
    private static void checkRadii(double[] or, double offset) {
        for (int i = 0; i < or.length; i++) {
            double r = or[i] + offset;
            if (r < 0.1 || r > 0.2) {
                throw new IllegalArgumentException("atom " + (i + 1) + " has GB radius " + r * 10
                        + " Å; GBn and GBn2 need radii between 1 and 2 Å for the neck lookup");
            }
        }
    }

    private static double[] uniqueRadii(double[] or) {
        return Arrays.stream(or).distinct().sorted().toArray();
    }

    /** Bilinear interpolation of a 21×21 table at each pair of distinct radii (row-major, [i*n + j]). */
    private static double[] interpolate(double[] unique, double offset, double[] full) {
        int n = unique.length;
        int[] index1 = new int[n];
        int[] index2 = new int[n];
        double[] weight1 = new double[n];
        double[] weight2 = new double[n];
        for (int i = 0; i < n; i++) {
            double p = (unique[i] + offset - 0.1) * 200;
            if (p <= 0) {
                weight1[i] = 1.0;
            } else if (p >= 20) {
                index1[i] = 20;
                weight1[i] = 1.0;
            } else {
                index1[i] = (int) Math.floor(p);
                index2[i] = index1[i] + 1;
                weight1[i] = index2[i] - p;
                weight2[i] = 1.0 - weight1[i];
            }
        }
        int s = GbNeckTables.SIZE;
        double[] table = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                table[i * n + j] = weight1[i] * weight1[j] * full[index1[i] * s + index1[j]]
                        + weight1[i] * weight2[j] * full[index1[i] * s + index2[j]]
                        + weight2[i] * weight1[j] * full[index2[i] * s + index1[j]]
                        + weight2[i] * weight2[j] * full[index2[i] * s + index2[j]];
            }
        }
        return table;
    }

    private static void addTable(CustomGBForce f, String name, int n, double[] values) {
        OpenMMNative.Discrete2DFunction fn;
        try (OpenMMNative.DoubleVector v = new OpenMMNative.DoubleVector(values)) {
            fn = new OpenMMNative.Discrete2DFunction(n, n, v);
        }
        f.addTabulatedFunction(name, fn);
        fn.deallocate(false); // the force owns the function now
    }
}
