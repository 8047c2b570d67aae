package org.arbg.energy.md;

import java.util.Objects;
import java.util.Optional;

/**
 * How Langevin dynamics runs (OpenMM's LangevinMiddleIntegrator).
 *
 * @param temperatureK       heat-bath temperature (K); for replica exchange the lowest rung T_min
 * @param frictionPerPs      friction coefficient (1/ps)
 * @param timestepFs         integration time step (fs)
 * @param seed               seeds the initial velocities, the integrator's noise and the exchange decisions
 * @param platform           an OpenMM platform name, or empty to choose by system ({@code PlatformChoice})
 * @param platformThreads    OpenMM threads per Context on the CPU platform (ignored elsewhere)
 * @param minimize           minimise the energy before the first step of a new run
 */
public record MdOptions(double temperatureK, double frictionPerPs, double timestepFs, long seed,
                        Optional<String> platform, int platformThreads, boolean minimize) {
    /** Minimiser tolerance (kJ/mol/nm): stop when the RMS force is below it (OpenMM's default). */
    public static final double MINIMIZE_TOLERANCE_KJ_PER_MOL_NM = 10.0;

    public MdOptions {
        Objects.requireNonNull(platform, "platform");
        positive("temperature (K)", temperatureK);
        positive("friction (1/ps)", frictionPerPs);
        positive("time step (fs)", timestepFs);
        if (platformThreads < 1) {
            throw new IllegalArgumentException("platform threads must be at least 1: " + platformThreads);
        }
    }

    /** 300 K, 1 /ps, 1 fs, seed 12345, platform by size, minimise first. */
    public static MdOptions defaults() {
        return new MdOptions(300, 1, 1, 12345L, Optional.empty(), 1, true);
    }

    public MdOptions withTemperature(double kelvin) {
        return new MdOptions(kelvin, frictionPerPs, timestepFs, seed, platform, platformThreads, minimize);
    }

    public MdOptions withFriction(double perPs) {
        return new MdOptions(temperatureK, perPs, timestepFs, seed, platform, platformThreads, minimize);
    }

    public MdOptions withTimestepFs(double fs) {
        return new MdOptions(temperatureK, frictionPerPs, fs, seed, platform, platformThreads, minimize);
    }

    public MdOptions withSeed(long s) {
        return new MdOptions(temperatureK, frictionPerPs, timestepFs, s, platform, platformThreads, minimize);
    }

    public MdOptions withPlatform(String name) {
        return new MdOptions(temperatureK, frictionPerPs, timestepFs, seed, Optional.of(name), platformThreads,
                minimize);
    }

    public MdOptions withPlatformThreads(int n) {
        return new MdOptions(temperatureK, frictionPerPs, timestepFs, seed, platform, n, minimize);
    }

    public MdOptions withMinimize(boolean m) {
        return new MdOptions(temperatureK, frictionPerPs, timestepFs, seed, platform, platformThreads, m);
    }

    /** The time step in ps. */
    public double timestepPs() {
        return timestepFs / 1000.0;
    }

    /**
     * The number of steps in {@code ps} picoseconds; fails unless it is a positive whole number of steps
     * (to 1e-6), so report and exchange intervals never drift.
     */
    public long stepsIn(double ps, String what) {
        double steps = ps / timestepPs();
        long rounded = Math.round(steps);
        if (rounded < 1 || Math.abs(steps - rounded) > 1e-6 * Math.max(1, steps)) {
            throw new IllegalArgumentException(what + " of " + ps + " ps is not a positive whole number of "
                    + timestepFs + " fs steps");
        }
        return rounded;
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite: " + v);
        }
    }
}
