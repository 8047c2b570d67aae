package org.arbg.workflows.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.energy.openmm.EnergyEvaluator;
import org.arbg.workflows.reweight.EnergyAccumulator;
import org.arbg.workflows.reweight.TrajectoryScan;

/** Reduced energies of chosen frames of a trajectory (one pass, batched), for reference and MD subsamples. */
public final class SelectedFrameEnergies {
    private SelectedFrameEnergies() {
    }

    /**
     * @param frames distinct frame indices, ascending
     * @return u in kT, aligned with {@code frames}
     * @throws BadInputException if a chosen frame's energy is NaN or infinite (a reference must be physical)
     */
    public static double[] at(Path trajectory, int[] frames, EnergyEvaluator evaluator, Progress progress)
            throws IOException {
        EnergyAccumulator acc = new EnergyAccumulator(evaluator, progress, frames.length);
        TrajectoryScan.scanSelected(trajectory, evaluator.numAtoms(), frames, (i, xyz) -> acc.add(xyz));
        double[] u = acc.finish();
        if (u.length != frames.length) {
            throw new BadInputException(trajectory, "", "ended before frame " + frames[u.length]);
        }
        for (int k = 0; k < u.length; k++) {
            if (!Double.isFinite(u[k])) {
                throw new BadInputException(trajectory, "frame " + frames[k], "the energy is " + u[k]
                        + " (overlapping atoms or coordinates in the wrong unit?)");
            }
        }
        return u;
    }
}
