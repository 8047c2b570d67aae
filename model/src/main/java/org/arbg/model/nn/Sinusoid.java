package org.arbg.model.nn;

/** Fixed sinusoidal position encoding (Vaswani et al.): sin/cos pairs with wavelengths up to 10⁴·2π. */
final class Sinusoid {
    private Sinusoid() {
    }

    /** Rows for positions start..start+len−1, flattened [len, width]. */
    static float[] table(int start, int len, int width) {
        float[] v = new float[len * width];
        for (int p = 0; p < len; p++) {
            for (int i = 0; i < width / 2; i++) {
                double angle = (start + p) / Math.pow(10000.0, 2.0 * i / width);
                v[p * width + 2 * i] = (float) Math.sin(angle);
                v[p * width + 2 * i + 1] = (float) Math.cos(angle);
            }
        }
        return v;
    }
}
