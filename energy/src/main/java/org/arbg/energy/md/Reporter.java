package org.arbg.energy.md;

import java.io.IOException;

import org.arbg.energy.openmm.StateSnapshot;

/**
 * Receives snapshots of a run. The simulation pulls: it asks every reporter for its {@link #nextReport}, integrates
 * to the nearest one, fetches one {@link StateSnapshot} with the union of the requested fields, and hands it to
 * each reporter that is due. For replica exchange the snapshot is the replica at the lowest temperature.
 */
public interface Reporter extends AutoCloseable {
    /** What this reporter wants next, seen from {@code currentStep}. */
    ReportRequest nextReport(long currentStep);

    /** Records one snapshot taken at the step the last {@link #nextReport} asked for. */
    void report(StateSnapshot snapshot) throws IOException;

    /** Frames (reports) recorded so far, including those already on disk when resumed; stored in checkpoints. */
    default long framesWritten() {
        return 0;
    }

    /** Makes everything reported so far durable before a checkpoint refers to it. */
    default void flush() throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
