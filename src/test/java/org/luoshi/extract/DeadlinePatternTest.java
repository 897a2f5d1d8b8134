package org.luoshi.extract;

import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.nlp.LeadCharPatternTest;
import org.luoshi.normalize.Normalizer;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deadline pattern is searched from its first characters only, and finds what Matcher.find finds. */
class DeadlinePatternTest {
    @Test
    void theDeadlinePatternIsIndexed() {
        assertTrue(DeadlineExtractor.EXPRESSION.indexed());
    }

    @Test
    void itFindsWhatTheMatcherFindsOnTheSeeds() throws Exception {
        Normalizer n = new Normalizer();
        for (Path seed : TestCorpus.seeds()) {
            String text = n.normalize(seed.toString(), Files.readAllBytes(seed)).text();
            LeadCharPatternTest.assertSameMatches(DeadlineExtractor.EXPRESSION, text, "deadline expression");
        }
    }
}
