package org.luoshi.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps every offset of a normalized text back to the offset of the original (decoded) character it came from.
 * Serialized compactly as runs {@code [normalizedStart, originalStart, length]} in which both sides advance by one.
 */
public final class OffsetMap implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] origins;
    private final int originalLength;

    public OffsetMap(int[] origins, int originalLength) {
        this.origins = origins.clone();
        this.originalLength = originalLength;
    }

    public int normalizedLength() {
        return origins.length;
    }

    public int originalLength() {
        return originalLength;
    }

    /** Original offset of the normalized character at {@code offset}; {@code normalizedLength()} maps to the end. */
    public int toOriginal(int offset) {
        if (offset == origins.length) {
            return originalLength;
        }
        return origins[offset];
    }

    /** The original span [start, end) that the normalized span [start, end) came from. */
    public TextSpan toOriginal(int start, int end) {
        if (start == end) {
            int o = toOriginal(start);
            return new TextSpan(o, o);
        }
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (int i = start; i < end; i++) {
            lo = Math.min(lo, origins[i]);
            hi = Math.max(hi, origins[i] + 1);
        }
        return new TextSpan(lo, hi);
    }

    public List<int[]> runs() {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < origins.length) {
            int j = i + 1;
            while (j < origins.length && origins[j] == origins[j - 1] + 1) {
                j++;
            }
            runs.add(new int[] {i, origins[i], j - i});
            i = j;
        }
        return runs;
    }

    public static OffsetMap fromRuns(List<int[]> runs, int originalLength) {
        int n = runs.isEmpty() ? 0 : runs.get(runs.size() - 1)[0] + runs.get(runs.size() - 1)[2];
        int[] origins = new int[n];
        for (int[] r : runs) {
            for (int k = 0; k < r[2]; k++) {
                origins[r[0] + k] = r[1] + k;
            }
        }
        return new OffsetMap(origins, originalLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && m.originalLength == originalLength && Arrays.equals(m.origins, origins);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(origins) * 31 + originalLength;
    }
}
