package org.arbg.adapters.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * A C-order numpy array of 1 to 3 dimensions: a shape and the flat data of one supported element type.
 * The three variants are records; {@link #of(double[], int...)} and friends check that the shape fits the data.
 */
public sealed interface NpyArray permits NpyArray.Float64, NpyArray.Float32, NpyArray.Int64 {
    /** The dimensions, outermost first (a copy). */
    int[] shape();

    /** numpy's dtype string for this element type, little-endian: "&lt;f8", "&lt;f4" or "&lt;i8". */
    String descr();

    /** Bytes per element. */
    int itemSize();

    /** Number of elements (the product of the shape). */
    int size();

    /** Float64 data ({@code <f8}). */
    record Float64(int[] shape, double[] data) implements NpyArray {
        public Float64 {
            shape = checkShape(shape, data.length);
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public String descr() {
            return "<f8";
        }

        @Override
        public int itemSize() {
            return 8;
        }

        @Override
        public int size() {
            return data.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Float64 f && Arrays.equals(shape, f.shape) && Arrays.equals(data, f.data);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "NpyArray.Float64" + Arrays.toString(shape);
        }
    }

    /** Float32 data ({@code <f4}). */
    record Float32(int[] shape, float[] data) implements NpyArray {
        public Float32 {
            shape = checkShape(shape, data.length);
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public String descr() {
            return "<f4";
        }

        @Override
        public int itemSize() {
            return 4;
        }

        @Override
        public int size() {
            return data.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Float32 f && Arrays.equals(shape, f.shape) && Arrays.equals(data, f.data);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "NpyArray.Float32" + Arrays.toString(shape);
        }
    }

    /** Int64 data ({@code <i8}). */
    record Int64(int[] shape, long[] data) implements NpyArray {
        public Int64 {
            shape = checkShape(shape, data.length);
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public String descr() {
            return "<i8";
        }

        @Override
        public int itemSize() {
            return 8;
        }

        @Override
        public int size() {
            return data.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Int64 f && Arrays.equals(shape, f.shape) && Arrays.equals(data, f.data);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "NpyArray.Int64" + Arrays.toString(shape);
        }
    }

    /** A float64 array; the shape's product must equal {@code data.length}. The data is not copied. */
    static Float64 of(double[] data, int... shape) {
        return new Float64(shape, data);
    }

    /** A float32 array; the shape's product must equal {@code data.length}. The data is not copied. */
    static Float32 of(float[] data, int... shape) {
        return new Float32(shape, data);
    }

    /** An int64 array; the shape's product must equal {@code data.length}. The data is not copied. */
    static Int64 of(long[] data, int... shape) {
        return new Int64(shape, data);
    }

    private static int[] checkShape(int[] shape, int length) {
        Objects.requireNonNull(shape, "shape");
        if (shape.length < 1 || shape.length > 3) {
            throw new IllegalArgumentException("arrays of 1 to 3 dimensions are supported, got shape "
                    + Arrays.toString(shape));
        }
        long product = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            product *= d;
        }
        if (product != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + product
                    + " elements but the data has " + length);
        }
        return shape.clone();
    }
}
