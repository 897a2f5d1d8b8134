package org.luoshi.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RadixSortTest {
    @Test
    void sortsByHighBitsUnsignedAndKeepsTheOrderOfEqualOnes() {
        Random random = new Random(11);
        for (int fromBit : new int[] {0, 7, 17, 40, 63, 64}) {
            int n = 1 + random.nextInt(3000);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                // few distinct high parts (so many ties), low bits = position, as the linker packs them
                long high = random.nextInt(40) * 0x9E3779B97F4A7C15L;
                values[i] = fromBit == 64 ? high : (fromBit == 0 ? high : (high & (-1L << fromBit)) | (i & ((1L << fromBit) - 1)));
            }
            List<Long> expected = new ArrayList<>();
            for (long v : values) {
                expected.add(v);
            }
            expected.sort(Comparator.comparing((Long v) -> fromBit == 64 ? 0L : v >>> fromBit, Long::compareUnsigned)); // stable
            RadixSort.sortByHighBits(values, new long[n], fromBit);
            assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(), values, "fromBit " + fromBit);
        }
    }

    @Test
    void refusesTooSmallScratch() {
        assertThrows(IllegalArgumentException.class, () -> RadixSort.sortByHighBits(new long[3], new long[2], 8));
    }
}
