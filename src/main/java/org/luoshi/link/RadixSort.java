package org.luoshi.link;

import java.util.Arrays;

/**
 * A stable least-significant-digit radix sort of longs on their high bits, unsigned: values with equal high bits
 * keep their order. Linear in the number of values, which is what grouping equal band keys needs.
 */
final class RadixSort {
    private static final int DIGIT = 11;
    private static final int RADIX = 1 << DIGIT;

    private RadixSort() {
    }

    /**
     * Sorts {@code values} by bits {@code fromBit}..63 (unsigned); lower bits do not take part, so values whose high
     * bits are equal stay in the order they had. {@code scratch} must be at least as long as {@code values}.
     */
    static void sortByHighBits(long[] values, long[] scratch, int fromBit) {
        if (fromBit < 0 || fromBit > 64 || scratch.length < values.length) {
            throw new IllegalArgumentException("fromBit " + fromBit + ", scratch " + scratch.length + " < " + values.length);
        }
        int n = values.length;
        int[] count = new int[RADIX + 1];
        long[] src = values;
        long[] dst = scratch;
        for (int shift = fromBit; shift < 64; shift += DIGIT) {
            int mask = (1 << Math.min(DIGIT, 64 - shift)) - 1;
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[digit(src[i], shift, mask) + 1]++;
            }
            for (int d = 0; d < RADIX; d++) {
                count[d + 1] += count[d];
            }
            for (int i = 0; i < n; i++) {
                dst[count[digit(src[i], shift, mask)]++] = src[i];
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        if (src != values) {
            System.arraycopy(src, 0, values, 0, n);
        }
    }

    private static int digit(long value, int shift, int mask) {
        return (int) (value >>> shift) & mask;
    }
}
