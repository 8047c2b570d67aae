package org.arbg.workflows.generator;

import java.util.Arrays;

/**
 * A training / validation split that keeps validation frames out of the correlation time of training frames.
 *
 * <p>The last {@code fraction} of each input file (a contiguous block, at least one frame when the
 * fraction is &gt; 0, and never the whole file) is validation; the rest is training. A random frame-level split
 * would put the MD neighbours of every validation frame into training, so the validation NLL would
 * measure memorisation of correlated frames rather than generalisation. The split is deterministic and
 * independent of the seed (the seed drives initial weights and batch selection), so a resumed run sees
 * exactly the same training set.
 *
 * @param trainIc flattened [nTrain][numTokens] internal coordinates (nm, rad)
 * @param nTrain  training frames
 * @param valIc   flattened [nVal][numTokens] internal coordinates
 * @param valLogJ log-Jacobian (internal → Cartesian, nm) of each validation frame
 * @param nVal    validation frames (0 when fraction is 0)
 */
public record TrainValSplit(double[] trainIc, int nTrain, double[] valIc, double[] valLogJ, int nVal) {
    /**
     * Splits each file's frames into a leading training block and a trailing validation block.
     *
     * @param fraction share of each file's frames used for validation, in [0, 1)
     */
    public static TrainValSplit tailOfEachFile(IcDataset data, double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + fraction);
        }
        int t = data.numTokens();
        double[] train = new double[data.ic().length];
        double[] val = new double[data.ic().length];
        double[] valLogJ = new double[data.numFrames()];
        int nTrain = 0;
        int nVal = 0;
        int start = 0;
        for (int frames : data.framesPerFile()) {
            int v = fraction == 0 ? 0 : Math.min(frames - 1, Math.max(1, (int) Math.round(fraction * frames)));
            int tr = frames - v;
            System.arraycopy(data.ic(), start * t, train, nTrain * t, tr * t);
            nTrain += tr;
            System.arraycopy(data.ic(), (start + tr) * t, val, nVal * t, v * t);
            System.arraycopy(data.logJ(), start + tr, valLogJ, nVal, v);
            nVal += v;
            start += frames;
        }
        return new TrainValSplit(Arrays.copyOf(train, nTrain * t), nTrain, Arrays.copyOf(val, nVal * t),
                Arrays.copyOf(valLogJ, nVal), nVal);
    }
}
