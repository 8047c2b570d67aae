package org.arbg.workflows.reweight;

import java.util.Locale;

/**
 * When clipping removed most of the importance weight, the clipped estimate is mostly the model's own
 * opinion in the regions it under-covers: say so, with what to do about it.
 */
public final class ClippingWarning {
    /** Above this share of the total weight removed, the warning is printed. */
    public static final double SHARE = 0.5;

    private ClippingWarning() {
    }

    public static String text(double clippedWeightShare, int clipped) {
        return String.format(Locale.ROOT, "clipping the %d largest log-weights removed %.0f%% of the importance"
                + " weight: the model under-covers part of the Boltzmann distribution and the reweighted averages"
                + " lean towards the model (README: \"When clipping dominates\")", clipped, 100 * clippedWeightShare);
    }
}
