package org.arbg.workflows.reweight;

import java.util.Locale;
import java.util.SplittableRandom;

/** How weighted proposals become an equally weighted ensemble. */
public enum ResamplingScheme {
    /** i.i.d. draws proportional to the weights (the paper's choice). */
    MULTINOMIAL,
    /** evenly spaced draws on the cumulative weights (less variance). */
    SYSTEMATIC;

    /** Draws {@code count} indices (ascending) from the log-weights. */
    public int[] resample(double[] logWeights, int count, SplittableRandom random) {
        return this == MULTINOMIAL ? MultinomialResampler.resample(logWeights, count, random)
                : SystematicResampler.resample(logWeights, count, random);
    }

    /** "multinomial" or "systematic". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label (case-insensitive). */
    public static ResamplingScheme parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
