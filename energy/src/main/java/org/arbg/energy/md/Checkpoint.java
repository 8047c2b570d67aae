package org.arbg.energy.md;

import java.util.List;
import java.util.Objects;

/**
 * A complete checkpoint: counters plus, per replica, its State in OpenMM's XML (portable: positions, velocities,
 * time, step) and the platform's native restart data (exact: on the Reference platform it also holds the
 * Langevin random number generator, so a resumed run repeats the uninterrupted one bit for bit).
 */
public record Checkpoint(CheckpointInfo info, List<Replica> replicas) {
    public Checkpoint {
        Objects.requireNonNull(info, "info");
        replicas = List.copyOf(replicas);
        if (replicas.size() != info.replicaTemperaturesK().length) {
            throw new IllegalArgumentException(replicas.size() + " replica states for "
                    + info.replicaTemperaturesK().length + " temperatures");
        }
    }

    /**
     * @param stateXml         OpenMM State XML (positions nm, velocities nm/ps, time ps)
     * @param nativeCheckpoint Context::createCheckpoint bytes of {@link CheckpointInfo#platform()}
     */
    public record Replica(String stateXml, byte[] nativeCheckpoint) {
        public Replica {
            Objects.requireNonNull(stateXml, "stateXml");
            Objects.requireNonNull(nativeCheckpoint, "nativeCheckpoint");
        }
    }
}
