package org.arbg.energy.md;

/**
 * What one call of {@link Simulation#run} did.
 *
 * @param completed      true when the run reached its total length, false when it stopped early on request
 * @param step           MD steps done in all (including earlier runs this one resumed)
 * @param stepsThisRun   MD steps integrated by this call
 * @param simulatedNs    simulated time in all (ns)
 * @param framesWritten  frames of the first reporter (the trajectory), in all
 * @param elapsedSeconds wall time of this call (s)
 * @param nsPerDay       simulated ns per day of wall time in this call (per replica for replica exchange)
 * @param acceptance     exchange acceptance rate per neighbouring temperature pair; empty for plain MD
 */
public record RunResult(boolean completed, long step, long stepsThisRun, double simulatedNs, long framesWritten,
                        double elapsedSeconds, double nsPerDay, double[] acceptance) {
}
