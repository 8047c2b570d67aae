package org.arbg.workflows.metrics;

/** The k smallest (value, index) pairs offered so far, kept in a max-heap; for candidate lists. */
final class KSmallest {
    final int[] index;
    final double[] value;
    int size;

    KSmallest(int k) {
        index = new int[k];
        value = new double[k];
    }

    void offer(int idx, double val) {
        if (size < index.length) {
            index[size] = idx;
            value[size] = val;
            siftUp(size++);
        } else if (val < value[0]) {
            index[0] = idx;
            value[0] = val;
            siftDown(0);
        }
    }

    /** Offers every pair held by another instance (merging per-thread partial results). */
    void offerAll(KSmallest other) {
        for (int e = 0; e < other.size; e++) {
            offer(other.index[e], other.value[e]);
        }
    }

    private void siftUp(int p) {
        while (p > 0) {
            int parent = (p - 1) / 2;
            if (value[parent] >= value[p]) {
                return;
            }
            swap(p, parent);
            p = parent;
        }
    }

    private void siftDown(int p) {
        while (true) {
            int l = 2 * p + 1;
            int largest = p;
            if (l < size && value[l] > value[largest]) {
                largest = l;
            }
            if (l + 1 < size && value[l + 1] > value[largest]) {
                largest = l + 1;
            }
            if (largest == p) {
                return;
            }
            swap(p, largest);
            p = largest;
        }
    }

    private void swap(int a, int b) {
        int ti = index[a];
        index[a] = index[b];
        index[b] = ti;
        double tv = value[a];
        value[a] = value[b];
        value[b] = tv;
    }
}
