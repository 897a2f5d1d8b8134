package org.luoshi.link;

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

    /**
     * The distinct shingles of a text: the {@link String#hashCode} of each run of {@link #SHINGLE} letters or digits
     * (the characters alignment compares), sorted ascending.
     */
    static int[] shingles(String text) {
        char[] t = LocalAlignment.letters(text);
        int n = Math.max(0, t.length - SHINGLE + 1);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (t[i] * 31 + t[i + 1]) * 31 + t[i + 2]; // String.hashCode of the three characters
        }
        java.util.Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return java.util.Arrays.copyOf(out, distinct);
    }

    /**
     * One minimum per hash function {@code (a·x + b) mod (2^31 − 1)} over the shingles; the modulus is taken with
     * shifts (a Mersenne prime), which gives the same values as {@code %} for these non-negative operands.
     */
    int[] signature(int[] shingles) {
        int[] sig = new int[a.length];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int x : shingles) {
            long v = x & 0xFFFFFFFFL;
            for (int i = 0; i < a.length; i++) {
                long y = a[i] * v + b[i]; // < 2^63: a, b < 2^31 and v < 2^32
                long r = (y & PRIME) + (y >>> 31);
                r = (r & PRIME) + (r >>> 31);
                int h = (int) (r >= PRIME ? r - PRIME : r);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }
}
