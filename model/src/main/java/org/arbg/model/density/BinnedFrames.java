package org.arbg.model.density;

/**
 * Frames of internal coordinates mapped to bin indices.
 *
 * @param bins       flattened [numFrames][numTokens] bin indices in [0, L), or -1 where a value is outside
 *                   the support (including NaN)
 * @param numFrames  number of frames
 * @param numTokens  tokens per frame
 * @param outside    how many values are outside the support
 * @param firstFrame frame of the first outside value, or -1 if none
 * @param firstToken token of the first outside value, or -1 if none
 * @param firstValue the first outside value itself (NaN if none)
 */
public record BinnedFrames(int[] bins, int numFrames, int numTokens, int outside, int firstFrame, int firstToken,
                           double firstValue) {
    public BinnedFrames {
        if (bins.length != (long) numFrames * numTokens) {
            throw new IllegalArgumentException("bins has " + bins.length + " entries, expected " + numFrames + " x "
                    + numTokens);
        }
    }

    /** True when frame {@code f} has every value inside the support. */
    public boolean inSupport(int f) {
        for (int j = 0; j < numTokens; j++) {
            if (bins[f * numTokens + j] < 0) {
                return false;
            }
        }
        return true;
    }
}
