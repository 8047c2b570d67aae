package org.arbg.model.sampling;

/** The input layout shared by training, scoring and decoding: bins shifted right behind a start token. */
public final class TeacherForcing {
    private TeacherForcing() {
    }

    /**
     * Inputs for frames {@code frames[0..count)} of {@code bins}.
     *
     * @param bins      flattened [numFrames][T] bin indices
     * @param frames    which frames, in batch order
     * @param count     how many of {@code frames} to use
     * @param t         tokens per frame
     * @param startId   start token id (= L)
     * @return flattened [count][T]: start token, then bins of tokens 0..T−2
     */
    public static long[] inputs(int[] bins, int[] frames, int count, int t, int startId) {
        long[] in = new long[count * t];
        for (int i = 0; i < count; i++) {
            int base = frames[i] * t;
            in[i * t] = startId;
            for (int j = 1; j < t; j++) {
                in[i * t + j] = bins[base + j - 1];
            }
        }
        return in;
    }

    /** Targets (the bins themselves) for the same frames, flattened [count][T]. */
    public static long[] targets(int[] bins, int[] frames, int count, int t) {
        long[] out = new long[count * t];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < t; j++) {
                out[i * t + j] = bins[frames[i] * t + j];
            }
        }
        return out;
    }
}
