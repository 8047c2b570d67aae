package org.arbg.workflows.metrics;

import java.util.Arrays;

/** A growable int array. */
final class IntList {
    private int[] data = new int[16];
    private int size;

    void add(int x) {
        if (size == data.length) {
            data = Arrays.copyOf(data, 2 * size);
        }
        data[size++] = x;
    }

    void addAll(int[] xs) {
        for (int x : xs) {
            add(x);
        }
    }

    int size() {
        return size;
    }

    int[] distinctSorted() {
        int[] s = Arrays.copyOf(data, size);
        Arrays.sort(s);
        int w = 0;
        for (int r = 0; r < s.length; r++) {
            if (w == 0 || s[r] != s[w - 1]) {
                s[w++] = s[r];
            }
        }
        return Arrays.copyOf(s, w);
    }
}
