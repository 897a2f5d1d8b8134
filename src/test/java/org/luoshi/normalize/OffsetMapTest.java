package org.luoshi.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.luoshi.TestCorpus;
import org.luoshi.model.DamagedSpan;
import org.luoshi.model.NormalizedDocument;
import org.luoshi.model.OffsetMap;
import org.luoshi.model.TextSpan;
import org.luoshi.nlp.ScriptConverter;
import org.luoshi.nlp.TraditionalConverter;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offset map points every normalized character back at the original character it came from. */
class OffsetMapTest {

    static List<Path> seeds() {
        return TestCorpus.seeds();
    }

    /** Converts one character as in a Traditional text (the variant 著 → 着 included). */
    private static final TraditionalConverter CONVERTER = new TraditionalConverter(List.of());

    @ParameterizedTest
    @MethodSource("seeds")
    void randomSpansMapBackToTheirOriginalCharacters(Path seed) throws Exception {
        NormalizedDocument d = new Normalizer().normalize(seed.toString(), TestCorpus.bytes(seed));
        Random random = new Random(seed.hashCode());
        String norm = d.text();
        String orig = d.original();
        OffsetMap map = d.offsets();
        assertEquals(norm.length(), map.normalizedLength());
        for (int trial = 0; trial < 300; trial++) {
            int start = random.nextInt(norm.length());
            int end = Math.min(norm.length(), start + 1 + random.nextInt(30));
            TextSpan o = map.toOriginal(start, end);
            assertTrue(o.start() >= 0 && o.end() <= orig.length() && o.start() < o.end());
            for (int i = start; i < end; i++) {
                if (inDamage(d, i)) {
                    continue;
                }
                char n = norm.charAt(i);
                char c = orig.charAt(map.toOriginal(i));
                assertTrue(n == c || n == ScriptConverter.get().toSimplified(c) || n == CONVERTER.convert(String.valueOf(c)).charAt(0)
                                || widened(c, n) || (c == '\u00A0' && n == ' '),
                        () -> "normalized '" + n + "' maps to original '" + c + "'");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void runsRoundTrip(Path seed) throws Exception {
        NormalizedDocument d = new Normalizer().normalize(seed.toString(), TestCorpus.bytes(seed));
        assertEquals(d.offsets(), OffsetMap.fromRuns(d.offsets().runs(), d.offsets().originalLength()));
    }

    private static boolean widened(char ascii, char wide) {
        return ",;:!?".indexOf(ascii) >= 0 && "，；：！？".indexOf(wide) == ",;:!?".indexOf(ascii);
    }

    private static boolean inDamage(NormalizedDocument d, int i) {
        for (DamagedSpan s : d.quality().damagedSpans()) {
            if (s.start() <= i && i < s.end()) {
                return true;
            }
        }
        return false;
    }
}
