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
 * @param trainLogJ log-Jacobian (internal → Cartesian, nm) of each training frame
 * @param nTrain  training frames
 * @param valIc   flattened [nVal][numTokens] internal coordinates
 * @param valLogJ log-Jacobian (internal → Cartesian, nm) of each validation frame
 * @param nVal    validation frames (0 when fraction is 0)
 */
public record TrainValSplit(double[] trainIc, double[] trainLogJ, int nTrain, double[] valIc, double[] valLogJ,
                            int nVal) {
    /**
     * Splits each file's frames into a leading training block and a trailing validation block.
     *
     * @param fraction share of each file's frames used for validation, in [0, 1)
     */
    public static TrainValSplit tailOfEachFile(IcDataset data, double fraction) {
        return tailOfLeadingFiles(data, fraction, data.framesPerFile().length);
    }

    /**
     * Splits the first {@code splitFiles} files as {@link #tailOfEachFile} does and keeps every frame of the
     * files after them for training: frames added only to weight part of the data up (copies of a rare
     * basin's frames, say), which must not leak into the validation set as copies of training frames.
     *
     * @param fraction   share of each split file's frames used for validation, in [0, 1)
     * @param splitFiles how many leading files are split; the others are training only
     */
    public static TrainValSplit tailOfLeadingFiles(IcDataset data, double fraction, int splitFiles) {
        if (splitFiles < 0 || splitFiles > data.framesPerFile().length) {
            throw new IllegalArgumentException("splitFiles " + splitFiles + " of " + data.framesPerFile().length);
        }
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + fraction);
        }
        int t = data.numTokens();
        double[] train = new double[data.ic().length];
        double[] val = new double[data.ic().length];
        double[] trainLogJ = new double[data.numFrames()];
        double[] valLogJ = new double[data.numFrames()];
        int nTrain = 0;
        int nVal = 0;
        int start = 0;
        int[] framesPerFile = data.framesPerFile();
        for (int file = 0; file < framesPerFile.length; file++) {
            int frames = framesPerFile[file];
            int v = fraction == 0 || file >= splitFiles ? 0
                    : Math.min(frames - 1, Math.max(1, (int) Math.round(fraction * frames)));
            int tr = frames - v;
            System.arraycopy(data.ic(), start * t, train, nTrain * t, tr * t);
            System.arraycopy(data.logJ(), start, trainLogJ, nTrain, tr);
            nTrain += tr;
            System.arraycopy(data.ic(), (start + tr) * t, val, nVal * t, v * t);
            System.arraycopy(data.logJ(), start + tr, valLogJ, nVal, v);
            nVal += v;
            start += frames;
        }
        return new TrainValSplit(Arrays.copyOf(train, nTrain * t), Arrays.copyOf(trainLogJ, nTrain), nTrain,
                Arrays.copyOf(val, nVal * t), Arrays.copyOf(valLogJ, nVal), nVal);
    }

    /**
     * Up to {@code count} training frames spread evenly over the training set (every ⌈nTrain/count⌉-th), as
     * internal coordinates and log-Jacobians: scored like the validation frames, they show how much better the
     * model fits frames it was trained on.
     */
    public Frames trainingSubset(int count) {
        int t = nTrain == 0 ? 0 : trainIc.length / nTrain;
        int stride = Math.max(1, (nTrain + Math.max(1, count) - 1) / Math.max(1, count));
        int n = nTrain == 0 ? 0 : (nTrain + stride - 1) / stride;
        double[] ic = new double[n * t];
        double[] logJ = new double[n];
        for (int k = 0; k < n; k++) {
            System.arraycopy(trainIc, k * stride * t, ic, k * t, t);
            logJ[k] = trainLogJ[k * stride];
        }
        return new Frames(ic, logJ, n);
    }

    /** Frames as flattened internal coordinates with one log-Jacobian each. */
    public record Frames(double[] ic, double[] logJ, int n) {
    }
}
