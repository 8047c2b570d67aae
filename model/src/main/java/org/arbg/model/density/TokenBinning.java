package org.arbg.model.density;

import java.util.List;
import java.util.Objects;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.adapters.ic.TokenKind;

/**
 * Uniform bins per token: the discretisation that turns internal coordinates into the transformer's
 * vocabulary, and back.
 *
 * <p>Token j has L bins of equal width w_j on [lo_j, hi_j), in the coordinate's own unit (nm for bonds,
 * radians for angles and torsions). Torsions always use [−π, π) (periodic: values are wrapped, which moves
 * no point); bonds and angles use the data's range widened by a margin of a few normalisation std
 * ({@link TokenInfo#std()}), angles clipped to [0, π] and bonds to [0, ∞). The model puts a uniform density
 * inside each bin, so log q(ic) = Σ_j log P_j(bin_j) − Σ_j log w_j (see {@link #dequantise(double)}).
 * Values outside [lo, hi) have zero density: they are reported, never clamped.
 */
public final class TokenBinning {
    private static final double TWO_PI = 2 * Math.PI;

    private final int bins;
    private final double[] lo;
    private final double[] width;
    private final boolean[] periodic;
    private final List<TokenInfo> tokens;
    private final double logBinVolume;

    private TokenBinning(List<TokenInfo> tokens, double[] lo, double[] hi, int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("need at least 2 bins, got " + bins);
        }
        this.tokens = List.copyOf(tokens);
        int t = tokens.size();
        if (lo.length != t || hi.length != t) {
            throw new IllegalArgumentException("ranges for " + lo.length + "/" + hi.length + " tokens, expected " + t);
        }
        this.bins = bins;
        this.lo = lo.clone();
        this.width = new double[t];
        this.periodic = new boolean[t];
        double vol = 0;
        for (int j = 0; j < t; j++) {
            if (!(hi[j] > lo[j]) || !Double.isFinite(lo[j]) || !Double.isFinite(hi[j])) {
                throw new IllegalArgumentException("token " + j + ": empty or non-finite range [" + lo[j] + ", "
                        + hi[j] + ")");
            }
            periodic[j] = tokens.get(j).periodic();
            width[j] = (hi[j] - lo[j]) / bins;
            vol += Math.log(width[j]);
        }
        this.logBinVolume = vol;
    }

    /**
     * Bins from explicit ranges (as stored in a model directory).
     *
     * @param lo lower bound per token, nm or rad
     * @param hi upper bound per token (exclusive), nm or rad
     */
    public static TokenBinning of(List<TokenInfo> tokens, double[] lo, double[] hi, int bins) {
        return new TokenBinning(Objects.requireNonNull(tokens, "tokens"), lo, hi, bins);
    }

    /**
     * Bins covering training data.
     *
     * @param ic        flattened [n][tokens.size()] internal coordinates, nm / rad, in token order
     * @param n         number of frames, &ge; 1
     * @param bins      bins per token (L)
     * @param marginStd margin added on both sides of the data's range of a bond or angle, in units of that
     *                  token's normalisation std
     */
    public static TokenBinning fromData(List<TokenInfo> tokens, double[] ic, int n, int bins, double marginStd) {
        int t = tokens.size();
        if (n < 1 || ic.length != (long) n * t) {
            throw new IllegalArgumentException("ic has " + ic.length + " values, expected " + n + " frames x " + t
                    + " tokens (n >= 1)");
        }
        if (!(marginStd >= 0)) {
            throw new IllegalArgumentException("marginStd must be >= 0, got " + marginStd);
        }
        double[] lo = new double[t];
        double[] hi = new double[t];
        for (int j = 0; j < t; j++) {
            TokenInfo tok = tokens.get(j);
            if (tok.periodic()) {
                lo[j] = -Math.PI;
                hi[j] = Math.PI;
                continue;
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int f = 0; f < n; f++) {
                double x = ic[f * t + j];
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("frame " + f + ", token " + j + " (" + describe(tok)
                            + "): non-finite value " + x);
                }
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            double m = marginStd * tok.std();
            lo[j] = Math.max(0.0, min - m);
            hi[j] = max + m;
            if (tok.kind() == TokenKind.ANGLE) {
                hi[j] = Math.min(Math.PI, hi[j]);
            }
            // the top value must fall inside [lo, hi): widen by a hair where clipping or zero spread closed it
            if (!(hi[j] > max)) {
                hi[j] = Math.nextUp(max) + 1e-12;
            }
            if (hi[j] <= lo[j]) {
                hi[j] = lo[j] + 1e-9;
            }
        }
        return new TokenBinning(tokens, lo, hi, bins);
    }

    /** Bins per token (L). */
    public int bins() {
        return bins;
    }

    /** Number of tokens. */
    public int numTokens() {
        return lo.length;
    }

    /** The tokens these bins are for. */
    public List<TokenInfo> tokens() {
        return tokens;
    }

    /** Lower bound of token j's range, nm or rad. */
    public double lower(int j) {
        return lo[j];
    }

    /** Upper (exclusive) bound of token j's range, nm or rad. */
    public double upper(int j) {
        return lo[j] + width[j] * bins;
    }

    /** Bin width of token j, nm or rad. */
    public double width(int j) {
        return width[j];
    }

    /**
     * The bin holding value x of token j, or -1 when x is outside the support (or NaN). Torsions are
     * wrapped onto [−π, π) first.
     */
    public int binOf(int j, double x) {
        if (periodic[j]) {
            x = wrap(x);
        }
        double u = (x - lo[j]) / width[j];
        if (!(u >= 0) || u >= bins) {
            return -1;
        }
        return Math.min((int) u, bins - 1);
    }

    /**
     * The coordinate at fractional position {@code u} in bin {@code bin} of token j (u in [0, 1)); the
     * within-bin offset of a sample.
     *
     * @return value in nm or rad
     */
    public double value(int j, int bin, double u) {
        double x = lo[j] + (bin + u) * width[j];
        return periodic[j] ? wrap(x) : x;
    }

    /**
     * Maps frames to bins without throwing; out-of-support values become -1 and are counted.
     *
     * @param ic flattened [n][numTokens] internal coordinates, nm / rad
     */
    public BinnedFrames toBins(double[] ic, int n) {
        int t = numTokens();
        if (n < 0 || ic.length != (long) n * t) {
            throw new IllegalArgumentException("ic has " + ic.length + " values, expected " + n + " frames x " + t
                    + " tokens");
        }
        int[] out = new int[ic.length];
        int outside = 0;
        int ff = -1;
        int ft = -1;
        double fv = Double.NaN;
        for (int f = 0; f < n; f++) {
            for (int j = 0; j < t; j++) {
                int b = binOf(j, ic[f * t + j]);
                out[f * t + j] = b;
                if (b < 0) {
                    if (outside == 0) {
                        ff = f;
                        ft = j;
                        fv = ic[f * t + j];
                    }
                    outside++;
                }
            }
        }
        return new BinnedFrames(out, n, t, outside, ff, ft, fv);
    }

    /**
     * Maps frames to bins, requiring every value inside the support.
     *
     * @param source named in the exception ("training data", a file)
     * @throws OutOfSupportException naming the first frame and token outside
     */
    public int[] toBinsStrict(double[] ic, int n, String source) {
        BinnedFrames b = toBins(ic, n);
        if (b.outside() > 0) {
            int j = b.firstToken();
            throw new OutOfSupportException(source, b.firstFrame(), j, b.outside(), describe(tokens.get(j))
                    + " value " + b.firstValue() + " outside the model's range [" + lower(j) + ", " + upper(j) + ")");
        }
        return b.bins();
    }

    /**
     * The dequantisation term, in one place: turns the log-probability mass of a bin sequence into a log
     * density over internal coordinates (nm and rad), since the model is uniform inside each bin:
     * log q(ic) = log P(bins) − Σ_j log w_j.
     *
     * @param logBinMass Σ_j log P_j(bin_j), nats
     * @return log q(ic), nats, density with respect to Π_j d(ic_j) in nm / rad
     */
    public double dequantise(double logBinMass) {
        return logBinMass - logBinVolume;
    }

    /** Σ_j log w_j, nats: the log volume of one bin cell; see {@link #dequantise(double)}. */
    public double logBinVolume() {
        return logBinVolume;
    }

    /** "BOND of CA (ALA 2)"; for messages. */
    public static String describe(TokenInfo t) {
        return t.kind() + " of " + t.atomName() + " (" + t.residueName() + " " + t.residueIndex() + ", token "
                + t.index() + ")";
    }

    private static double wrap(double x) {
        double y = x - TWO_PI * Math.floor((x + Math.PI) / TWO_PI);
        return y >= Math.PI ? y - TWO_PI : y;
    }
}
