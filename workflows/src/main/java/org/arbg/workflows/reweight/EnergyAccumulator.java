package org.arbg.workflows.reweight;

import java.util.Arrays;
import org.arbg.adapters.Progress;
import org.arbg.energy.openmm.EnergyEvaluator;

/**
 * Collects frames one at a time and evaluates their reduced energies (kT) in batches, so a batch amortises
 * the JNI call and spreads over the evaluator's threads while memory stays bounded.
 * Failed evaluations come back as +∞ (weight zero), never dropped.
 */
public final class EnergyAccumulator {
    /** Frames per batched call: large enough to amortise the call, small enough for constant memory. */
    public static final int CHUNK_FRAMES = 2048;

    private final EnergyEvaluator evaluator;
    private final int frameLength;
    private final double[] chunk;
    private final Progress progress;
    private final long expectedTotal;
    private int pending;
    private double[] energies = new double[1024];
    private int count;

    /**
     * @param expectedTotal frames expected in all, for the progress display, or −1 when unknown
     */
    public EnergyAccumulator(EnergyEvaluator evaluator, Progress progress, long expectedTotal) {
        this.evaluator = evaluator;
        this.frameLength = 3 * evaluator.numAtoms();
        this.chunk = new double[CHUNK_FRAMES * frameLength];
        this.progress = progress;
        this.expectedTotal = expectedTotal;
    }

    /** Adds one frame (x, y, z per atom in nm); it is copied. */
    public void add(double[] xyzNm) {
        System.arraycopy(xyzNm, 0, chunk, pending * frameLength, frameLength);
        if (++pending == CHUNK_FRAMES) {
            flush();
        }
    }

    private void flush() {
        if (pending == 0) {
            return;
        }
        double[] u = evaluator.reducedEnergies(pending == CHUNK_FRAMES ? chunk
                : Arrays.copyOf(chunk, pending * frameLength));
        if (count + pending > energies.length) {
            energies = Arrays.copyOf(energies, Math.max(2 * energies.length, count + pending));
        }
        System.arraycopy(u, 0, energies, count, pending);
        count += pending;
        pending = 0;
        progress.update(count, expectedTotal, evaluator.platform());
    }

    /** Evaluates what is pending and returns the reduced energies of all frames added, in order (kT). */
    public double[] finish() {
        flush();
        return Arrays.copyOf(energies, count);
    }
}
