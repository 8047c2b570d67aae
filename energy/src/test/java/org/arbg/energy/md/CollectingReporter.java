package org.arbg.energy.md;

import java.util.ArrayList;
import java.util.List;

import org.arbg.energy.openmm.StateSnapshot;

/** Keeps snapshots in memory, every {@code interval} steps, from {@code fromStep} on. */
final class CollectingReporter implements Reporter {
    final List<StateSnapshot> snapshots = new ArrayList<>();
    private final long interval;
    private final long fromStep;
    private final boolean velocities;

    CollectingReporter(long interval, long fromStep, boolean velocities) {
        this.interval = interval;
        this.fromStep = fromStep;
        this.velocities = velocities;
    }

    @Override
    public ReportRequest nextReport(long currentStep) {
        return ReportRequest.every(interval, currentStep, velocities);
    }

    @Override
    public void report(StateSnapshot snapshot) {
        if (snapshot.step() >= fromStep) {
            snapshots.add(snapshot);
        }
    }

    @Override
    public long framesWritten() {
        return snapshots.size();
    }

    List<double[]> positions() {
        List<double[]> out = new ArrayList<>();
        snapshots.forEach(s -> out.add(s.positionsNm()));
        return out;
    }
}
