package org.arbg.energy.md;

import java.util.Arrays;

/**
 * The temperatures (K) of a replica-exchange run, lowest first; rung 0 is the ensemble that is written.
 */
public record TemperatureLadder(double[] temperaturesK) {
    public TemperatureLadder {
        temperaturesK = temperaturesK.clone();
        if (temperaturesK.length < 1) {
            throw new IllegalArgumentException("a ladder needs at least one temperature");
        }
        for (int i = 0; i < temperaturesK.length; i++) {
            if (!(temperaturesK[i] > 0) || Double.isInfinite(temperaturesK[i])
                    || (i > 0 && temperaturesK[i] < temperaturesK[i - 1])) {
                throw new IllegalArgumentException("temperatures must be positive, finite and ascending: "
                        + Arrays.toString(temperaturesK));
            }
        }
    }

    /**
     * {@code count} temperatures T_k = T_min·(T_max/T_min)^(k/(count−1)): equal ratios between neighbours, which
     * gives roughly equal exchange acceptance when the heat capacity is constant.
     */
    public static TemperatureLadder geometric(double minK, double maxK, int count) {
        if (count < 1 || maxK < minK) {
            throw new IllegalArgumentException("need count ≥ 1 and T_max ≥ T_min; got " + count + ", " + minK
                    + " K, " + maxK + " K");
        }
        double[] t = new double[count];
        for (int k = 0; k < count; k++) {
            t[k] = count == 1 ? minK : minK * Math.pow(maxK / minK, (double) k / (count - 1));
        }
        t[count - 1] = count == 1 ? minK : maxK;
        return new TemperatureLadder(t);
    }

    public int size() {
        return temperaturesK.length;
    }

    /** Temperature of rung k (K). */
    public double get(int k) {
        return temperaturesK[k];
    }

    @Override
    public double[] temperaturesK() {
        return temperaturesK.clone();
    }

    @Override
    public String toString() {
        return Arrays.toString(temperaturesK) + " K";
    }
}
