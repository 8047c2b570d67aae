package org.arbg.energy.md;

import java.util.Objects;

/**
 * The counters of a checkpoint, stored as {@code checkpoint.json} inside the checkpoint file; the replicas'
 * States sit beside it. Everything a resumed run needs to continue as if it had never stopped.
 *
 * @param formatVersion         {@link #FORMAT_VERSION}
 * @param kind                  "md" for one trajectory, "replica-exchange" for parallel tempering
 * @param seed                  the run's seed
 * @param step                  MD steps done (all replicas advance together)
 * @param timePs                simulation time (ps)
 * @param reporterFrames        frames each reporter had written, in the order the reporters were added
 * @param numParticles          particles of the System
 * @param platform              the OpenMM platform that wrote the native restart data
 * @param timestepPs            integration time step (ps)
 * @param replicaTemperaturesK  the temperature (K) each replica (Context) had at the checkpoint
 * @param exchangeRounds        exchange rounds done (also the counter of the exchange random stream)
 * @param pairAttempts          exchange attempts per neighbouring temperature pair (i, i+1)
 * @param pairAccepts           accepted exchanges per pair
 * @param systemSha256          hash of the System's XML, so a run resumes only with the same System
 */
public record CheckpointInfo(int formatVersion, String kind, long seed, long step, double timePs,
                             long[] reporterFrames, int numParticles, String platform, double timestepPs,
                             double[] replicaTemperaturesK, long exchangeRounds, long[] pairAttempts,
                             long[] pairAccepts, String systemSha256) {
    public static final int FORMAT_VERSION = 1;
    public static final String KIND_MD = "md";
    public static final String KIND_REPLICA_EXCHANGE = "replica-exchange";

    public CheckpointInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reporterFrames, "reporterFrames");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(replicaTemperaturesK, "replicaTemperaturesK");
        Objects.requireNonNull(pairAttempts, "pairAttempts");
        Objects.requireNonNull(pairAccepts, "pairAccepts");
        Objects.requireNonNull(systemSha256, "systemSha256");
    }

    /** Frames the first reporter (the trajectory, by convention) had written; 0 without reporters. */
    public long framesWritten() {
        return reporterFrames.length == 0 ? 0 : reporterFrames[0];
    }
}
