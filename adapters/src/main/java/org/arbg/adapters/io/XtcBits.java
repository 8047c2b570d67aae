package org.arbg.adapters.io;

import java.util.Arrays;

/**
 * MSB-first bit streams and the mixed-radix packing of xdr3dfcoord. Three integers {@code n0 < s0, n1 < s1,
 * n2 < s2} are packed as the number {@code (n0 * s1 + n1) * s2 + n2}, stored least significant byte first in
 * 8-bit chunks, the last chunk holding the remaining (1 to 8) bits of the stated bit width.
 */
final class XtcBits {
    private XtcBits() {
    }

    /** Thrown for compressed data that cannot be decoded; the reader adds file and frame. */
    static final class CorruptException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptException(String message) {
            super(message);
        }
    }

    /** Bits needed for values below {@code size}, as xdrfile counts them (0 for size 0). */
    static int sizeOfInt(long size) {
        int bits = 0;
        long num = 1;
        while (size >= num && bits < 32) {
            bits++;
            num <<= 1;
        }
        return bits;
    }

    /** Bits needed for the packed product of three sizes: the bit length of s0 * s1 * s2. */
    static int sizeOfInts(int[] sizes) {
        return java.math.BigInteger.valueOf(sizes[0]).multiply(java.math.BigInteger.valueOf(sizes[1]))
                .multiply(java.math.BigInteger.valueOf(sizes[2])).bitLength();
    }

    /** Reads bits from a byte array, most significant bit first, never past {@code limit} bytes. */
    static final class Reader {
        private final byte[] buf;
        private final long limitBits;
        private long pos;
        private final int[] bytes = new int[16];

        Reader(byte[] buf, int limit) {
            this.buf = buf;
            this.limitBits = 8L * limit;
        }

        int readBits(int n) throws CorruptException {
            if (pos + n > limitBits) {
                throw new CorruptException("compressed coordinates end early (bit " + pos + " of " + limitBits + ")");
            }
            int result = 0;
            while (n > 0) {
                int bitOff = (int) (pos & 7);
                int avail = 8 - bitOff;
                int take = Math.min(avail, n);
                int b = buf[(int) (pos >>> 3)] & 0xff;
                result = (result << take) | ((b >>> (avail - take)) & ((1 << take) - 1));
                n -= take;
                pos += take;
            }
            return result;
        }

        /** Unpacks three integers packed with {@code nbits} bits and radices {@code sizes} into {@code out}. */
        void readInts(int nbits, int[] sizes, int[] out) throws CorruptException {
            if (nbits > 8 * bytes.length) {
                throw new CorruptException("packed integer width " + nbits + " bits is too large");
            }
            int n = 0;
            while (nbits > 8) {
                bytes[n++] = readBits(8);
                nbits -= 8;
            }
            if (nbits > 0) {
                bytes[n++] = readBits(nbits);
            }
            for (int k = n; k < 4; k++) {
                bytes[k] = 0;
            }
            for (int i = 2; i > 0; i--) {
                long rem = 0;
                long size = sizes[i];
                for (int j = n - 1; j >= 0; j--) {
                    rem = (rem << 8) | bytes[j];
                    long q = rem / size;
                    bytes[j] = (int) q;
                    rem -= q * size;
                }
                out[i] = (int) rem;
            }
            out[0] = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24);
        }
    }

    /** Writes bits, most significant first, into a growable byte array. */
    static final class Writer {
        private byte[] buf = new byte[1024];
        private long pos;
        private final long[] bytes = new long[16];

        void reset(int expectedBytes) {
            if (buf.length < expectedBytes) {
                buf = new byte[expectedBytes];
            } else {
                Arrays.fill(buf, 0, byteCount(), (byte) 0);
            }
            pos = 0;
        }

        /** Writes the low {@code n} (at most 32) bits of {@code value}. */
        void writeBits(int n, long value) {
            if ((pos + n + 7) >>> 3 >= buf.length) {
                buf = Arrays.copyOf(buf, 2 * buf.length + 8);
            }
            while (n > 0) {
                int bitOff = (int) (pos & 7);
                int avail = 8 - bitOff;
                int take = Math.min(avail, n);
                int bits = (int) ((value >>> (n - take)) & ((1 << take) - 1));
                buf[(int) (pos >>> 3)] |= (byte) (bits << (avail - take));
                n -= take;
                pos += take;
            }
        }

        /** Packs three integers (each below its size) into {@code nbits} bits. */
        void writeInts(int nbits, int[] sizes, int[] nums) {
            int n = 0;
            long tmp = nums[0] & 0xffffffffL;
            do {
                bytes[n++] = tmp & 0xff;
                tmp >>>= 8;
            } while (tmp != 0);
            for (int i = 1; i < 3; i++) {
                if (nums[i] < 0 || nums[i] >= sizes[i]) {
                    throw new IllegalStateException("value " + nums[i] + " out of range " + sizes[i]);
                }
                tmp = nums[i];
                int j = 0;
                for (; j < n; j++) {
                    tmp = bytes[j] * sizes[i] + tmp;
                    bytes[j] = tmp & 0xff;
                    tmp >>>= 8;
                }
                while (tmp != 0) {
                    bytes[j++] = tmp & 0xff;
                    tmp >>>= 8;
                }
                n = j;
            }
            int j = 0;
            while (nbits > 8) {
                writeBits(8, j < n ? bytes[j] : 0);
                j++;
                nbits -= 8;
            }
            if (nbits > 0) {
                writeBits(nbits, j < n ? bytes[j] : 0);
            }
        }

        /** Bytes used so far (a partly filled last byte counts). */
        int byteCount() {
            return (int) ((pos + 7) >>> 3);
        }

        byte[] buffer() {
            return buf;
        }
    }
}
