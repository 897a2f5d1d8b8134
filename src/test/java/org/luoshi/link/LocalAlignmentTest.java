package org.luoshi.link;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalAlignmentTest {
    @Test
    void theBoundFromSharedLettersIsNeverBelowTheScore() {
        Random random = new Random(11);
        String alphabet = "安全生产隐患排查治理责任落实要求各地";
        int[][] rows = new int[2][];
        for (int k = 0; k < 5000; k++) {
            char[] x = LocalAlignment.letters(randomText(random, alphabet, 1 + random.nextInt(40)));
            char[] y = LocalAlignment.letters(randomText(random, alphabet, 1 + random.nextInt(40)));
            double score = LocalAlignment.score(x, y, rows);
            double bound = LocalAlignment.bound(LocalAlignment.sorted(x), LocalAlignment.sorted(y));
            assertTrue(score <= bound, new String(x) + " / " + new String(y) + ": " + score + " > " + bound);
        }
    }

    @Test
    void theBoundIsTightForATextInsideAnother() {
        char[] x = LocalAlignment.letters("要深刻吸取事故教训，举一反三。");
        char[] y = LocalAlignment.letters("会议要求，各地要深刻吸取事故教训，举一反三，全面排查隐患。");
        assertEquals(1.0, LocalAlignment.bound(LocalAlignment.sorted(x), LocalAlignment.sorted(y)));
        assertEquals(1.0, LocalAlignment.score(x, y, new int[2][]));
        assertEquals(0.0, LocalAlignment.bound(LocalAlignment.sorted(x), LocalAlignment.sorted(LocalAlignment.letters("天气晴朗"))));
        assertEquals(0.0, LocalAlignment.bound(new char[0], LocalAlignment.sorted(y)));
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(random.nextInt(8) == 0 ? '，' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
