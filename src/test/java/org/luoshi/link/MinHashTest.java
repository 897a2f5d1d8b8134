package org.luoshi.link;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** MinHash's fast arithmetic gives the values of its definition (shingle = String.hashCode, hash mod 2^31 − 1). */
class MinHashTest {
    private static final long PRIME = 2_147_483_647L;

    @Test
    void shinglesAreTheHashCodesOfEveryThreeLetterRun() {
        String text = "要始终把人民群众生命安全放在第一位，坚决守住红线，做到安全发展。第一位";
        String letters = new String(LocalAlignment.letters(text));
        Set<Integer> expected = new TreeSet<>();
        for (int i = 0; i + 3 <= letters.length(); i++) {
            expected.add(letters.substring(i, i + 3).hashCode());
        }
        assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), MinHash.shingles(text));
    }

    @Test
    void signatureIsTheMinimumOfEachHashModuloTheMersennePrime() {
        int size = 16;
        long seed = 7;
        MinHash minHash = new MinHash(size, seed);
        Random r = new Random(seed);
        long[] a = new long[size];
        long[] b = new long[size];
        for (int i = 0; i < size; i++) {
            a[i] = 1 + r.nextInt(Integer.MAX_VALUE - 1);
            b[i] = r.nextInt(Integer.MAX_VALUE);
        }
        Random values = new Random(1);
        for (int round = 0; round < 200; round++) {
            int[] shingles = new int[1 + values.nextInt(40)];
            for (int k = 0; k < shingles.length; k++) {
                shingles[k] = round % 2 == 0 ? values.nextInt() : (k % 2 == 0 ? -1 : Integer.MIN_VALUE + k);
            }
            int[] expected = new int[size];
            java.util.Arrays.fill(expected, Integer.MAX_VALUE);
            for (int x : shingles) {
                long v = x & 0xFFFFFFFFL;
                for (int i = 0; i < size; i++) {
                    expected[i] = Math.min(expected[i], (int) ((a[i] * v + b[i]) % PRIME));
                }
            }
            assertArrayEquals(expected, minHash.signature(shingles));
        }
    }
}
