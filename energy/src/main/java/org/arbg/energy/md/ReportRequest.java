package org.arbg.energy.md;

/**
 * What a {@link Reporter} wants next.
 *
 * @param steps      MD steps from now until the next report (≥ 1)
 * @param velocities whether the snapshot must include velocities (nm/ps); positions (nm) and energies
 *                   (kJ/mol) always come
 */
public record ReportRequest(long steps, boolean velocities) {
    public ReportRequest {
        if (steps < 1) {
            throw new IllegalArgumentException("a report must lie at least one step ahead: " + steps);
        }
    }

    /** Every {@code interval} steps counted from step 0 (reports at interval, 2·interval, ...). */
    public static ReportRequest every(long interval, long currentStep, boolean velocities) {
        return new ReportRequest(interval - Math.floorMod(currentStep, interval), velocities);
    }
}
