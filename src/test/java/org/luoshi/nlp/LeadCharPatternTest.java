package org.luoshi.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pattern searched from its first characters finds exactly what Matcher.find finds. */
public class LeadCharPatternTest {
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
        assertEquals(sorted("当 \t\n\u000B\f\r"), chars("^\\s*当前位置"));
        assertNull(LeadChars.of("(?i)a"), "flags are not read");
        assertNull(LeadChars.of("[\\p{IsHan}、]{2,30}出席"), "properties are not read");
        assertNull(LeadChars.of("\\Qab\\E?c"), "a quantifier after a quoted string");
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
                String text = randomText(r, 40);
                assertSameMatches(p, text, regex);
                int from = r.nextInt(text.length() + 1);
                Matcher expected = p.pattern().matcher(text);
                LeadCharPattern.Finder actual = p.matcher(text);
                boolean found = expected.find(from);
                assertEquals(found, actual.find(from), () -> regex + " from " + from + " in " + text);
                if (found) {
                    assertEquals(expected.start(), actual.start(), regex);
                    assertEquals(expected.end(), actual.end(), regex);
                }
            }
        }
        assertTrue(indexed > 1000, "most random patterns have known first characters: " + indexed);
    }

    public static void assertSameMatches(LeadCharPattern p, String text, String regex) {
        Matcher expected = p.pattern().matcher(text);
        LeadCharPattern.Finder actual = p.matcher(text);
        while (expected.find()) {
            assertTrue(actual.find(), () -> regex + " misses " + expected.start() + " in " + text);
            assertEquals(expected.start(), actual.start(), regex);
            assertEquals(expected.end(), actual.end(), regex);
            for (int g = 1; g <= expected.groupCount(); g++) {
                // Matcher.find can leave in a group what a failed attempt at an earlier position captured (a group
                // inside a repeated or looked-around group); the finder tries each position afresh. Groups the
                // match itself holds must agree.
                if (expected.start(g) >= expected.start() && expected.end(g) <= expected.end()) {
                    assertEquals(expected.group(g), actual.group(g), regex);
                }
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
            boolean group = atom.startsWith("(");
            if (group && !atom.startsWith("(?<") && !atom.startsWith("(?=") && !atom.startsWith("(?!")) {
                // a group is made optional at most: repeating groups of repeated items backtracks exponentially
                b.append(r.nextInt(4) == 0 ? "?" : "");
            } else if (!group && !atom.equals("^") && !atom.equals("$")) {
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
