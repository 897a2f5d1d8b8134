package org.luoshi.link;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntCountsTest {
    @Test
    void countsAsAMapOfBoxedCountsDoesThroughGrowth() {
        Random random = new Random(3);
        IntCounts counts = new IntCounts();
        Map<Integer, Integer> expected = new HashMap<>();
        for (int k = 0; k < 200_000; k++) {
            // keys of every sign, many repeated, some packed as two chars as bigrams are
            int key = switch (k % 3) {
                case 0 -> random.nextInt(5000) - 2500;
                case 1 -> ('安' << 16) | (0x4E00 + random.nextInt(3000));
                default -> random.nextInt();
            };
            counts.add(key, 1 + k % 2);
            expected.merge(key, 1 + k % 2, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), counts.get(e.getKey()));
        }
        int never = 12345;
        while (expected.containsKey(never)) {
            never++;
        }
        assertEquals(0, counts.get(never));
    }
}
