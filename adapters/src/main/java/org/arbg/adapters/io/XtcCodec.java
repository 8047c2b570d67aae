package org.arbg.adapters.io;

import org.arbg.adapters.io.XtcBits.CorruptException;

/**
 * The xdr3dfcoord coordinate compression of XTC files (Frans van Hoesel's algorithm as used by GROMACS and
 * xdrfile), written from its description. Coordinates are quantized to integers ({@code round(x * precision)}).
 * The first atom of each group is stored relative to the frame's minimum, packed with the bit width of the
 * coordinate ranges. Following atoms that lie close to their predecessor form a run of up to 8 small
 * differences, packed with a width {@code smallidx} whose radix is {@code MAGIC[smallidx]} (chosen so three
 * values fit in {@code smallidx} bits). A 1-bit flag, and then 5 bits, announce a change of run length and a step
 * of {@code smallidx} up or down. The first two atoms of a run are swapped, which helps water (O, H, H).
 */
final class XtcCodec {
    /** Radices for small differences: three values below MAGIC[i] fit in i bits. */
    static final int[] MAGIC = {
        0, 0, 0, 0, 0, 0, 0, 0, 0,
        8, 10, 12, 16, 20, 25, 32, 40, 50, 64,
        80, 101, 128, 161, 203, 256, 322, 406, 512, 645,
        812, 1024, 1290, 1625, 2048, 2580, 3250, 4096, 5060, 6501,
        8192, 10321, 13003, 16384, 20642, 26007, 32768, 41285, 52015, 65536,
        82570, 104031, 131072, 165140, 208063, 262144, 330280, 416127, 524287, 660561,
        832255, 1048576, 1321122, 1664510, 2097152, 2642245, 3329021, 4194304, 5284491, 6658042,
        8388607, 10568983, 13316085, 16777216,
    };
    static final int FIRST_IDX = 9;
    /** Largest usable index (the table's last entry). */
    static final int LAST_IDX = MAGIC.length - 1;
    /** Largest |x * precision| that still rounds to an int (xdrfile's limit). */
    static final float MAX_ABS = Integer.MAX_VALUE - 2;
    private static final int MAX_RUN = 8 * 3;

    private XtcCodec() {
    }

    /** Per-frame parameters stored before the compressed bytes. */
    static final class Params {
        final int[] minInt = new int[3];
        final int[] maxInt = new int[3];
        int smallIdx;
    }

    /**
     * Decodes {@code natoms} compressed atoms into positions in nm.
     *
     * @param data      compressed bytes; only the first {@code nbytes} are read
     * @param precision quantization factor (1/nm)
     */
    static void decode(byte[] data, int nbytes, int natoms, Params p, float precision, double[] outNm)
            throws CorruptException {
        int[] sizeInt = new int[3];
        int[] bitSizeInt = new int[3];
        boolean large = false;
        for (int k = 0; k < 3; k++) {
            long size = (long) p.maxInt[k] - p.minInt[k] + 1;
            if (size <= 0 || size > Integer.MAX_VALUE) {
                throw new CorruptException("invalid coordinate range [" + p.minInt[k] + ", " + p.maxInt[k] + "]");
            }
            sizeInt[k] = (int) size;
            large |= size > 0xffffff;
        }
        int bitSize = 0;
        if (large) {
            for (int k = 0; k < 3; k++) {
                bitSizeInt[k] = XtcBits.sizeOfInt(sizeInt[k]);
            }
        } else {
            bitSize = XtcBits.sizeOfInts(sizeInt);
        }
        int smallIdx = p.smallIdx;
        if (smallIdx < FIRST_IDX || smallIdx > LAST_IDX) {
            throw new CorruptException("invalid small-integer index " + smallIdx);
        }
        int smaller = MAGIC[Math.max(FIRST_IDX, smallIdx - 1)] / 2;
        int smallNum = MAGIC[smallIdx] / 2;
        int[] sizeSmall = {MAGIC[smallIdx], MAGIC[smallIdx], MAGIC[smallIdx]};
        float inv = 1.0f / precision;

        XtcBits.Reader in = new XtcBits.Reader(data, nbytes);
        int[] cur = new int[3];
        int[] prev = new int[3];
        int run = 0;
        int i = 0;
        int out = 0;
        while (i < natoms) {
            if (large) {
                for (int k = 0; k < 3; k++) {
                    cur[k] = in.readBits(bitSizeInt[k]);
                }
            } else {
                in.readInts(bitSize, sizeInt, cur);
            }
            i++;
            for (int k = 0; k < 3; k++) {
                prev[k] = cur[k] + p.minInt[k];
            }
            int isSmaller = 0;
            if (in.readBits(1) == 1) {
                run = in.readBits(5);
                isSmaller = run % 3;
                run -= isSmaller;
                isSmaller--;
            }
            if (run > 0) {
                if (i + run / 3 > natoms) {
                    throw new CorruptException("run of " + run / 3 + " atoms at atom " + i + " passes the "
                            + natoms + " atoms of the frame");
                }
                for (int r = 0; r < run; r += 3) {
                    in.readInts(smallIdx, sizeSmall, cur);
                    i++;
                    for (int k = 0; k < 3; k++) {
                        cur[k] += prev[k] - smallNum;
                    }
                    if (r == 0) {
                        // the encoder swapped the first two atoms of a run: the small one came first
                        for (int k = 0; k < 3; k++) {
                            int t = cur[k];
                            cur[k] = prev[k];
                            prev[k] = t;
                        }
                        out = put(outNm, out, prev, inv);
                    } else {
                        System.arraycopy(cur, 0, prev, 0, 3);
                    }
                    out = put(outNm, out, cur, inv);
                }
            } else {
                out = put(outNm, out, prev, inv);
            }
            smallIdx += isSmaller;
            if (smallIdx < FIRST_IDX || smallIdx > LAST_IDX) {
                throw new CorruptException("small-integer index leaves the table (" + smallIdx + ") at atom " + i);
            }
            if (isSmaller < 0) {
                smallNum = smaller;
                smaller = smallIdx > FIRST_IDX ? MAGIC[smallIdx - 1] / 2 : 0;
            } else if (isSmaller > 0) {
                smaller = smallNum;
                smallNum = MAGIC[smallIdx] / 2;
            }
            sizeSmall[0] = sizeSmall[1] = sizeSmall[2] = MAGIC[smallIdx];
        }
    }

    private static int put(double[] outNm, int out, int[] c, float inv) {
        outNm[out] = c[0] * inv;
        outNm[out + 1] = c[1] * inv;
        outNm[out + 2] = c[2] * inv;
        return out + 3;
    }

    /**
     * Quantizes and compresses one frame.
     *
     * @param q    scratch of at least {@code 3 * natoms} ints, overwritten
     * @param xNm  positions in nm
     * @return the parameters to store; the bytes are in {@code w}
     */
    static Params encode(double[] xNm, int natoms, float precision, int[] q, XtcBits.Writer w) {
        Params p = new Params();
        p.minInt[0] = p.minInt[1] = p.minInt[2] = Integer.MAX_VALUE;
        p.maxInt[0] = p.maxInt[1] = p.maxInt[2] = Integer.MIN_VALUE;
        long minDiff = Long.MAX_VALUE;
        for (int i = 0; i < natoms; i++) {
            for (int k = 0; k < 3; k++) {
                float lf = (float) xNm[3 * i + k] * precision;
                if (Math.abs(lf) > MAX_ABS) {
                    throw new IllegalArgumentException("atom " + i + ": coordinate " + xNm[3 * i + k]
                            + " nm is too large for XTC precision " + precision);
                }
                int v = (int) (lf >= 0 ? lf + 0.5f : lf - 0.5f);
                q[3 * i + k] = v;
                p.minInt[k] = Math.min(p.minInt[k], v);
                p.maxInt[k] = Math.max(p.maxInt[k], v);
            }
            if (i > 0) {
                long d = Math.abs((long) q[3 * i] - q[3 * i - 3]) + Math.abs((long) q[3 * i + 1] - q[3 * i - 2])
                        + Math.abs((long) q[3 * i + 2] - q[3 * i - 1]);
                minDiff = Math.min(minDiff, d);
            }
        }
        int[] sizeInt = new int[3];
        int[] bitSizeInt = new int[3];
        boolean large = false;
        for (int k = 0; k < 3; k++) {
            long size = (long) p.maxInt[k] - p.minInt[k] + 1;
            if (size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("coordinate range too wide for XTC precision " + precision);
            }
            sizeInt[k] = (int) size;
            large |= size > 0xffffff;
        }
        int bitSize = 0;
        if (large) {
            for (int k = 0; k < 3; k++) {
                bitSizeInt[k] = XtcBits.sizeOfInt(sizeInt[k]);
            }
        } else {
            bitSize = XtcBits.sizeOfInts(sizeInt);
        }
        int smallIdx = FIRST_IDX;
        while (smallIdx < LAST_IDX && MAGIC[smallIdx] < minDiff) {
            smallIdx++;
        }
        p.smallIdx = smallIdx;
        int maxIdx = Math.min(LAST_IDX, smallIdx + 8);
        int minIdx = maxIdx - 8;
        int smaller = MAGIC[Math.max(FIRST_IDX, smallIdx - 1)] / 2;
        int smallNum = MAGIC[smallIdx] / 2;
        int[] sizeSmall = {MAGIC[smallIdx], MAGIC[smallIdx], MAGIC[smallIdx]};
        int larger = MAGIC[maxIdx] / 2;

        w.reset(natoms * 12 + 64);
        int[] prev = new int[3];
        int[] tmp = new int[3];
        int[] runBuf = new int[MAX_RUN];
        int prevRun = -1;
        int i = 0;
        while (i < natoms) {
            int t = 3 * i;
            int isSmaller;
            if (smallIdx < maxIdx && i >= 1 && Math.abs((long) q[t] - prev[0]) < larger
                    && Math.abs((long) q[t + 1] - prev[1]) < larger && Math.abs((long) q[t + 2] - prev[2]) < larger) {
                isSmaller = 1;
            } else if (smallIdx > minIdx) {
                isSmaller = -1;
            } else {
                isSmaller = 0;
            }
            boolean isSmall = false;
            if (i + 1 < natoms && close(q, t, t + 3, smallNum)) {
                // swap this atom with the next one: the run then starts from the second (good for water)
                for (int k = 0; k < 3; k++) {
                    int s = q[t + k];
                    q[t + k] = q[t + 3 + k];
                    q[t + 3 + k] = s;
                }
                isSmall = true;
            }
            for (int k = 0; k < 3; k++) {
                tmp[k] = q[t + k] - p.minInt[k];
            }
            if (large) {
                for (int k = 0; k < 3; k++) {
                    w.writeBits(bitSizeInt[k], tmp[k]);
                }
            } else {
                w.writeInts(bitSize, sizeInt, tmp);
            }
            System.arraycopy(q, t, prev, 0, 3);
            i++;
            int run = 0;
            if (!isSmall && isSmaller == -1) {
                isSmaller = 0;
            }
            while (isSmall && run < MAX_RUN) {
                int c = 3 * i;
                if (isSmaller == -1) {
                    long dx = (long) q[c] - prev[0];
                    long dy = (long) q[c + 1] - prev[1];
                    long dz = (long) q[c + 2] - prev[2];
                    if (dx * dx + dy * dy + dz * dz >= (long) smaller * smaller) {
                        isSmaller = 0;
                    }
                }
                for (int k = 0; k < 3; k++) {
                    runBuf[run++] = q[c + k] - prev[k] + smallNum;
                }
                System.arraycopy(q, c, prev, 0, 3);
                i++;
                isSmall = i < natoms && close(q, 3 * i, 3 * i - 3, smallNum);
            }
            if (run != prevRun || isSmaller != 0) {
                prevRun = run;
                w.writeBits(1, 1);
                w.writeBits(5, run + isSmaller + 1);
            } else {
                w.writeBits(1, 0);
            }
            for (int k = 0; k < run; k += 3) {
                tmp[0] = runBuf[k];
                tmp[1] = runBuf[k + 1];
                tmp[2] = runBuf[k + 2];
                w.writeInts(smallIdx, sizeSmall, tmp);
            }
            if (isSmaller != 0) {
                smallIdx += isSmaller;
                if (isSmaller < 0) {
                    smallNum = smaller;
                    smaller = MAGIC[smallIdx - 1] / 2;
                } else {
                    smaller = smallNum;
                    smallNum = MAGIC[smallIdx] / 2;
                }
                sizeSmall[0] = sizeSmall[1] = sizeSmall[2] = MAGIC[smallIdx];
            }
        }
        return p;
    }

    private static boolean close(int[] q, int a, int b, int limit) {
        return Math.abs((long) q[a] - q[b]) < limit && Math.abs((long) q[a + 1] - q[b + 1]) < limit
                && Math.abs((long) q[a + 2] - q[b + 2]) < limit;
    }
}
