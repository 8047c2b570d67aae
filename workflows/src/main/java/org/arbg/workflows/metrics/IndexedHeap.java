package org.arbg.workflows.metrics;

import java.util.Arrays;

/**
 * A binary min-heap over the indices 0..n−1 keyed by double, with decrease-key; for Dijkstra. Equal keys
 * pop the smaller index first (the solver relies on it to prefer real columns over hidden-row entries).
 */
final class IndexedHeap {
    private final int[] heap;
    private final int[] position;
    private final double[] key;
    private int size;

    IndexedHeap(int n) {
        heap = new int[n];
        position = new int[n];
        key = new double[n];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        for (int p = 0; p < size; p++) {
            position[heap[p]] = -1;
        }
        size = 0;
    }

    /** Inserts the index with this key, or lowers its key if it is present with a larger one. */
    void decreaseKey(int index, double k) {
        int p = position[index];
        if (p < 0) {
            p = size++;
            heap[p] = index;
            position[index] = p;
        } else if (k >= key[index]) {
            return;
        }
        key[index] = k;
        siftUp(p);
    }

    int pollMin() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    private boolean before(int a, int b) {
        return key[a] < key[b] || key[a] == key[b] && a < b;
    }

    private void siftUp(int p) {
        int idx = heap[p];
        double k = key[idx];
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            int pi = heap[parent];
            if (key[pi] < k || key[pi] == k && pi < idx) {
                break;
            }
            heap[p] = pi;
            position[pi] = p;
            p = parent;
        }
        heap[p] = idx;
        position[idx] = p;
    }

    private void siftDown(int p) {
        int idx = heap[p];
        double k = key[idx];
        while (true) {
            int l = 2 * p + 1;
            if (l >= size) {
                break;
            }
            int c = l + 1 < size && before(heap[l + 1], heap[l]) ? l + 1 : l;
            if (!before(heap[c], idx)) {
                break;
            }
            heap[p] = heap[c];
            position[heap[p]] = p;
            p = c;
        }
        heap[p] = idx;
        position[idx] = p;
    }
}
