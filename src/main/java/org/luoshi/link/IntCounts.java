package org.luoshi.link;

/**
 * Counts per int key (a bigram packed as two chars) in an open-addressing table of primitives: no boxing, no tree
 * bins, memory about 8 bytes a slot. Keys may be any int; a count is never 0 once added, which marks a used slot.
 */
final class IntCounts {
    private int[] keys = new int[1 << 10];
    private int[] counts = new int[1 << 10];
    private int size;

    /** Adds {@code by} (at least 1) to the count of {@code key}. */
    void add(int key, int by) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = slot(keys, counts, key);
        if (counts[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        counts[slot] += by;
    }

    /** The count of {@code key}, 0 when it was never added. */
    int get(int key) {
        return counts[slot(keys, counts, key)];
    }

    /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
    private static int slot(int[] keys, int[] counts, int key) {
        int mask = keys.length - 1;
        int s = (key * 0x9E3779B9) >>> 7 & mask;
        while (counts[s] != 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] != 0) {
                int s = slot(keys, counts, oldKeys[i]);
                keys[s] = oldKeys[i];
                counts[s] = oldCounts[i];
            }
        }
    }
}
