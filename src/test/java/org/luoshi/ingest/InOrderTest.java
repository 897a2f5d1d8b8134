package org.luoshi.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Mapping on all cores keeps the order of the items, across and within batches. */
class InOrderTest {
    @Test
    void mappedItemsComeInTheOrderOfTheSource() {
        List<Integer> source = IntStream.range(0, 2_500).boxed().toList();
        List<String> out = new ArrayList<>();
        InOrder.map(source.iterator(), 64, i -> "#" + i).forEachRemaining(out::add);
        assertEquals(source.stream().map(i -> "#" + i).toList(), out);
        assertFalse(InOrder.map(List.<Integer>of().iterator(), 8, i -> i).hasNext());
    }
}
