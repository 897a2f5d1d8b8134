package org.luoshi.nlp;

import org.luoshi.resources.ResourceLines;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readings of single characters from HanLP's pinyin dictionary, both ways: the readings of a character and the
 * characters with a reading. Readings are in numbered form ({@code bao4}, {@code lv3}); {@link #numbered} turns a
 * tone-marked syllable as it appears in scraped glosses ({@code bào}, {@code lǜ}) into that form.
 */
public final class PinyinReadings {
    private static final String RESOURCE = "/data/dictionary/pinyin/pinyin.txt";
    private static final PinyinReadings INSTANCE = new PinyinReadings();
    private static final Map<Character, String[]> TONE_MARKS = Map.of(
            'a', new String[] {"āáǎà"}, 'e', new String[] {"ēéěè"}, 'i', new String[] {"īíǐì"},
            'o', new String[] {"ōóǒò"}, 'u', new String[] {"ūúǔù"}, 'v', new String[] {"ǖǘǚǜ"});

    private final Map<Character, List<String>> readingsByChar = new HashMap<>();
    private final Map<String, List<Character>> charsByReading = new HashMap<>();

    private PinyinReadings() {
        for (String line : ResourceLines.read(PinyinReadings.class, RESOURCE)) {
            int eq = line.indexOf('=');
            if (eq != 1) {
                continue;
            }
            char c = line.charAt(0);
            for (String reading : line.substring(2).split(",")) {
                readingsByChar.computeIfAbsent(c, k -> new ArrayList<>()).add(reading);
                charsByReading.computeIfAbsent(reading, k -> new ArrayList<>()).add(c);
            }
        }
    }

    public static PinyinReadings get() {
        return INSTANCE;
    }

    public List<String> readingsOf(char c) {
        return readingsByChar.getOrDefault(c, List.of());
    }

    public List<Character> charactersWith(String numberedReading) {
        return charsByReading.getOrDefault(numberedReading, List.of());
    }

    /** Whether a bare syllable (tone-marked or not) is a reading of {@code c}, ignoring the tone. */
    public boolean isReadingOf(String syllable, char c) {
        String bare = stripTone(numbered(syllable));
        for (String r : readingsOf(c)) {
            if (stripTone(r).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> knownSyllables() {
        return charsByReading.keySet();
    }

    /** {@code bào → bao4}, {@code lǜ → lv4}, {@code ma → ma5}; lower-cases and folds full-width letters. */
    public static String numbered(String syllable) {
        String s = Normalizer.normalize(syllable, Normalizer.Form.NFKC).toLowerCase().replace('ü', 'v');
        StringBuilder base = new StringBuilder();
        int tone = 5;
        for (char ch : s.toCharArray()) {
            boolean found = false;
            for (Map.Entry<Character, String[]> e : TONE_MARKS.entrySet()) {
                int k = e.getValue()[0].indexOf(ch);
                if (k >= 0) {
                    base.append(e.getKey().charValue());
                    tone = k + 1;
                    found = true;
                    break;
                }
            }
            if (!found) {
                base.append(ch);
            }
        }
        return base.append(tone).toString();
    }

    private static String stripTone(String numbered) {
        return numbered.isEmpty() ? numbered : numbered.substring(0, numbered.length() - 1);
    }
}
