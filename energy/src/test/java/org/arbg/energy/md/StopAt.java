package org.arbg.energy.md;

import org.arbg.energy.openmm.StateSnapshot;

/** Asks a simulation to stop when it reaches a step, as a SIGINT handler would. */
final class StopAt implements Reporter {
    private final long step;
    private Simulation sim;

    StopAt(long step) {
        this.step = step;
    }

    StopAt attach(Simulation s) {
        this.sim = s;
        s.addReporter(this);
        return this;
    }

    @Override
    public ReportRequest nextReport(long currentStep) {
        return new ReportRequest(currentStep < step ? step - currentStep : Long.MAX_VALUE / 2, false);
    }

    @Override
    public void report(StateSnapshot snapshot) {
        if (snapshot.step() == step) {
            sim.requestStop();
        }
    }
}
