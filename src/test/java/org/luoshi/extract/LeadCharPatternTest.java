package org.luoshi.extract;

import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.normalize.Normalizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pattern searched from its first characters finds exactly what Matcher.find finds. */
class LeadCharPatternTest {
    private static final String ALPHABET = "安全生产要求应须不能望见是了已，。：:\n省市县全我委长a1";

    @Test
    void firstCharactersAreReadFromTheRegex() {
        assertEquals("须", chars("(?<![必无所])须(?![臾知])"));
        assertEquals("望", chars("(?:^|(?<=[，：:]))望(?!见|着)"));
        assertEquals("ab", chars("a?b"));
        assertEquals("0123456789万", chars("\\d+|万"));
        assertEquals("江", chars("(?=[\\x{6c5f}])(?:\\Q江\\E(?:\\Q苏\\E|\\Q西\\E))"));
        assertEquals(sorted("全省市县区镇乡"), chars("全(省|市|县|区|镇|乡)|(?<u1>省|市|县|区|镇|乡)(委书记|长)"));
        assertNull(LeadChars.of("^[^，]{1,10}是"), "a negated class can start with anything");
        assertNull(LeadChars.of("a*"), "can match the empty string");
        assertNull(LeadChars.of("(?i)a"), "flags are not read");
        assertNull(LeadChars.of("[\\p{IsHan}、]{2,30}出席"), "properties are not read");
        assertNull(LeadChars.of("\\Qab\\E?c"), "a quantifier after a quoted string");
    }

    @Test
    void theLexiconPatternsAreIndexed() {
        for (String lexicon : List.of("directive-markers.txt", "prohibition-markers.txt")) {
            assertTrue(Lexicons.anyOf(Lexicons.lines(lexicon)).indexed(), lexicon);
        }
    }

    @Test
    void randomPatternsFindWhatTheMatcherFinds() {
        Random r = new Random(11);
        int indexed = 0;
        for (int round = 0; round < 3000; round++) {
            String regex = randomRegex(r, 3);
            LeadCharPattern p;
            try {
                p = LeadCharPattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                continue;
            }
            indexed += p.indexed() ? 1 : 0;
            for (int t = 0; t < 5; t++) {
                assertSameMatches(p, randomText(r, 40), regex);
            }
        }
        assertTrue(indexed > 1000, "most random patterns have known first characters: " + indexed);
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
                assertSameMatches(p, text, p.pattern().pattern());
            }
        }
    }

    private static void assertSameMatches(LeadCharPattern p, String text, String regex) {
        Matcher expected = p.pattern().matcher(text);
        LeadCharPattern.Finder actual = p.matcher(text);
        while (expected.find()) {
            assertTrue(actual.find(), () -> regex + " misses " + expected.start() + " in " + text);
            assertEquals(expected.start(), actual.start(), regex);
            assertEquals(expected.end(), actual.end(), regex);
            for (int g = 1; g <= expected.groupCount(); g++) {
                assertEquals(expected.group(g), actual.group(g), regex);
            }
        }
        assertTrue(!actual.find(), () -> regex + " finds more than the matcher in " + text);
    }

    private static String chars(String regex) {
        long[] set = LeadChars.of(regex);
        assertNotNull(set, regex);
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < 65536; c++) {
            if ((set[c >>> 6] & (1L << c)) != 0) {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    private static String sorted(String s) {
        return s.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String randomText(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max); i > 0; i--) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String randomRegex(Random r, int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            String atom = switch (r.nextInt(depth > 0 ? 11 : 7)) {
                case 0, 1, 2 -> String.valueOf(ALPHABET.charAt(r.nextInt(ALPHABET.length()))).replace("\n", "\\n");
                case 3 -> "[" + ALPHABET.charAt(r.nextInt(20)) + ALPHABET.charAt(r.nextInt(20)) + "]";
                case 4 -> "\\d";
                case 5 -> r.nextBoolean() ? "^" : "$";
                case 6 -> r.nextBoolean() ? "[^，。]" : "\\Q" + ALPHABET.charAt(r.nextInt(20)) + "\\E";
                case 7 -> "(?:" + randomRegex(r, depth - 1) + "|" + randomRegex(r, depth - 1) + ")";
                case 8 -> "(" + randomRegex(r, depth - 1) + ")";
                case 9 -> "(?<![" + ALPHABET.charAt(r.nextInt(20)) + "要])";
                // groups inside a lookaround do not capture here: what a failed negative lookahead leaves in its
                // groups is an accident of how Matcher.find moved along, not part of a match
                default -> "(?" + (r.nextBoolean() ? "=" : "!") + randomRegex(r, depth - 1).replaceAll("\\((?!\\?)", "(?:") + ")";
            };
            b.append(atom);
            if (!atom.startsWith("(?<") && !atom.startsWith("(?=") && !atom.startsWith("(?!") && !atom.equals("^") && !atom.equals("$")) {
                b.append(switch (r.nextInt(8)) {
                    case 0 -> "?";
                    case 1 -> "*";
                    case 2 -> "+";
                    case 3 -> "{0,2}";
                    case 4 -> "{1,3}?";
                    default -> "";
                });
            }
        }
        return r.nextInt(5) == 0 ? b + "|" + randomRegex(r, depth - 1 < 0 ? 0 : depth - 1) : b.toString();
    }
}
