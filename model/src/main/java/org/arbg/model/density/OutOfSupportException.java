package org.arbg.model.density;

import org.arbg.adapters.BadInputException;

/**
 * Internal coordinates fall outside the range the model's bins cover, so the model gives them zero density.
 * Values are never clamped into range: that would change the data silently. The exception names the first
 * offending frame and token and says how many values were outside in all.
 */
public class OutOfSupportException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final int frame;
    private final int token;
    private final int count;

    /**
     * @param source what the values came from ("training data", a file name)
     * @param frame  first frame with a value outside (0-based)
     * @param token  first token outside in that frame (0-based)
     * @param count  number of values outside, over all frames and tokens
     * @param detail the value, the token's description and the supported range
     */
    public OutOfSupportException(String source, int frame, int token, int count, String detail) {
        super(source, "frame " + frame + ", token " + token,
                detail + " (" + count + " value(s) outside in all); retrain with data covering these values"
                        + " or a wider margin");
        this.frame = frame;
        this.token = token;
        this.count = count;
    }

    /** First frame (0-based) that has a value outside the support. */
    public int frame() {
        return frame;
    }

    /** First token (0-based) outside, in that frame. */
    public int token() {
        return token;
    }

    /** How many values were outside, over all frames and tokens. */
    public int count() {
        return count;
    }
}
