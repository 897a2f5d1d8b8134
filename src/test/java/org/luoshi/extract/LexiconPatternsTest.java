package org.luoshi.extract;

import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.nlp.LeadCharPattern;
import org.luoshi.nlp.LeadCharPatternTest;
import org.luoshi.normalize.Normalizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lexicon patterns are searched from their first characters and find what Matcher.find finds. */
class LexiconPatternsTest {
    @Test
    void theLexiconPatternsAreIndexed() {
        for (String lexicon : List.of("directive-markers.txt", "prohibition-markers.txt")) {
            assertTrue(Lexicons.anyOf(Lexicons.lines(lexicon)).indexed(), lexicon);
        }
    }

    @Test
    void lexiconPatternsFindWhatTheMatcherFindsOnTheSeeds() throws Exception {
        List<LeadCharPattern> patterns = new ArrayList<>();
        for (String lexicon : List.of("directive-markers.txt", "prohibition-markers.txt", "report-cues.txt")) {
            patterns.add(Lexicons.anyOf(Lexicons.lines(lexicon)));
        }
        for (String line : Lexicons.lines("sectors.txt")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                patterns.add(LeadCharPattern.compile(line.split("\t", 2)[1]));
            }
        }
        patterns.add(LeadCharPattern.compile("(?<![重主需只必首纪摘扼简概紧显险将想])要(?![素点闻害件地职员务])"));
        Normalizer n = new Normalizer();
        for (Path seed : TestCorpus.seeds()) {
            String text = n.normalize(seed.toString(), Files.readAllBytes(seed)).text();
            for (LeadCharPattern p : patterns) {
                LeadCharPatternTest.assertSameMatches(p, text, p.pattern().pattern());
            }
        }
    }

}
