package org.luoshi.link;

import java.util.HashSet;
import java.util.Set;

/**
 * MinHash signatures over character shingles, for finding near-duplicate sentences without comparing all pairs:
 * two texts agree on a signature position with probability equal to the Jaccard similarity of their shingles.
 */
final class MinHash {
    static final int SHINGLE = 3;
    private static final long PRIME = 2_147_483_647L;

    private final long[] a;
    private final long[] b;

    MinHash(int size, long seed) {
        java.util.Random r = new java.util.Random(seed);
        a = new long[size];
        b = new long[size];
        for (int i = 0; i < size; i++) {
            a[i] = 1 + r.nextInt(Integer.MAX_VALUE - 1);
            b[i] = r.nextInt(Integer.MAX_VALUE);
        }
    }

    static Set<Integer> shingles(String text) {
        String t = new String(LocalAlignment.letters(text)); // the characters alignment compares
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= t.length(); i++) {
            out.add(t.substring(i, i + SHINGLE).hashCode());
        }
        return out;
    }

    int[] signature(Set<Integer> shingles) {
        int[] sig = new int[a.length];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int x : shingles) {
            long v = x & 0xFFFFFFFFL;
            for (int i = 0; i < a.length; i++) {
                int h = (int) ((a[i] * v + b[i]) % PRIME);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }
}
