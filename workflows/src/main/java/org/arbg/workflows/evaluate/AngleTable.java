package org.arbg.workflows.evaluate;

import java.util.Arrays;

/**
 * Backbone angles of a set of frames: {@code rows × dims} radians, row-major, in the column order of
 * {@link BackboneDihedrals} (φ₁, ψ₁, φ₂, ψ₂, …).
 *
 * @param values the angles; row i at [i·dims, (i+1)·dims)
 * @param dims   angles per frame (may be 0 for a molecule without a backbone)
 */
public record AngleTable(double[] values, int dims) {
    public AngleTable {
        if (dims < 0 || (dims > 0 && values.length % dims != 0) || (dims == 0 && values.length != 0)) {
            throw new IllegalArgumentException(values.length + " angles are not rows of " + dims);
        }
    }

    /** Collects rows one frame at a time. */
    public static final class Builder {
        private final BackboneDihedrals backbone;
        private double[] values = new double[0];
        private int rows;

        public Builder(BackboneDihedrals backbone) {
            this.backbone = backbone;
        }

        /** Adds the angles of one frame (x, y, z per atom). */
        public void add(double[] xyz) {
            int d = backbone.count();
            if ((rows + 1) * d > values.length) {
                values = Arrays.copyOf(values, Math.max(2 * values.length, (rows + 1) * d + 64));
            }
            backbone.compute(xyz, values, rows * d);
            rows++;
        }

        public int rows() {
            return rows;
        }

        public AngleTable build() {
            return new AngleTable(Arrays.copyOf(values, rows * backbone.count()), backbone.count());
        }
    }

    /** Number of frames; unknown (0) when there are no angles. */
    public int rows(int framesIfNoAngles) {
        return dims == 0 ? framesIfNoAngles : values.length / dims;
    }

    /** The rows at {@code indices} (repeats allowed), as a new table. */
    public AngleTable select(int[] indices) {
        double[] out = new double[indices.length * dims];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(values, indices[k] * dims, out, k * dims, dims);
        }
        return new AngleTable(out, dims);
    }

    /** Column {@code c} (one angle over all frames). */
    public double[] column(int c) {
        int n = values.length / dims;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = values[i * dims + c];
        }
        return out;
    }

    /** Columns c and c + 1 (a residue's φ and ψ), row-major with 2 per row. */
    public double[] pair(int c) {
        int n = values.length / dims;
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = values[i * dims + c];
            out[2 * i + 1] = values[i * dims + c + 1];
        }
        return out;
    }
}
