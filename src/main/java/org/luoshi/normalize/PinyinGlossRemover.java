package org.luoshi.normalize;

import org.luoshi.nlp.ChineseChars;
import org.luoshi.nlp.LeadCharPattern;
import org.luoshi.nlp.Lexicon;
import org.luoshi.nlp.PinyinReadings;
import org.luoshi.nlp.ScriptConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes pinyin glosses that converters insert after characters ({@code 網(wǎng)} → {@code 網}) and recovers
 * characters that were lost but left their gloss behind: {@code 日?bào)} → {@code 日报}, {@code F(xiàn)在} →
 * {@code 现在}. A run of lost-character glosses with no character between them ({@code ?qǐng)?bào)}) stands for
 * one lost character whose reading is the last gloss. The character chosen among those with that reading is the
 * one that forms the most frequent dictionary word with its neighbours; with no such word the {@code ?} stays,
 * marked as damaged.
 */
final class PinyinGlossRemover {
    private static final String VOWELS = "aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    /** One pinyin syllable in ASCII or full-width brackets; group 1 = opening bracket (may be absent), 2 = syllable. */
    private static final LeadCharPattern GLOSS = LeadCharPattern.compile(
            "([(（])?((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[" + VOWELS + "]{1,4}(?:ng|n|r)?)[)）]");
    private static final char LOST_MARKER = '\uFFFC';

    record Result(MappedText text, int glossesRemoved, int lostRecovered) {
    }

    Result remove(MappedText in) {
        String s = in.toString();
        MappedText pass1 = new MappedText(in.length());
        List<String> readings = new ArrayList<>();
        int glosses = 0;
        int i = 0;
        LeadCharPattern.Finder m = GLOSS.matcher(s);
        while (i < s.length()) {
            if (m.find(i)) {
                int start = m.start();
                int glossStart = start;
                boolean bracket = m.group(1) != null;
                String syllable = m.group(2);
                char before = start > 0 ? s.charAt(start - 1) : '\n';
                boolean lostUnit = !bracket ? before == '?' : isLostCarrier(s, start - 1) && start - 1 >= i;
                boolean regular = bracket && ChineseChars.isHan(before) && isGlossOf(syllable, before);
                if (!lostUnit && !regular) {
                    pass1.copy(in, i, start + 1);
                    i = start + 1;
                    continue;
                }
                glosses++;
                if (regular) {
                    pass1.copy(in, i, glossStart);
                    i = m.end();
                    continue;
                }
                // A lost character: drop its carrier ('?' or stray byte) and any lost units right before it.
                int carrier = start - 1;
                pass1.copy(in, i, carrier);
                int last = pass1.length() - 1;
                if (last >= 0 && pass1.charAt(last) == LOST_MARKER) {
                    readings.set(readings.size() - 1, syllable);
                } else {
                    pass1.append(LOST_MARKER, in.origin(carrier), MappedText.LOST);
                    readings.add(syllable);
                }
                i = m.end();
            } else {
                pass1.copy(in, i, s.length());
                break;
            }
        }
        return resolve(pass1, readings, glosses);
    }

    private Result resolve(MappedText pass1, List<String> readings, int glosses) {
        String simplified = ScriptConverter.get().toSimplified(pass1.toString());
        MappedText out = new MappedText(pass1.length());
        int k = 0;
        int recovered = 0;
        for (int i = 0; i < pass1.length(); i++) {
            if (pass1.charAt(i) != LOST_MARKER) {
                out.copy(pass1, i);
                continue;
            }
            String reading = readings.get(k++);
            char best = bestCandidate(reading, simplified, i);
            if (best == 0) {
                best = mostUsedInDocument(reading, simplified);
            }
            if (best != 0) {
                out.append(best, pass1.origin(i), MappedText.LOST_REPAIRED);
                recovered++;
            } else {
                out.append('?', pass1.origin(i), MappedText.LOST);
            }
        }
        return new Result(out, glosses, recovered);
    }

    /** The character with {@code reading} that forms the most frequent word with the Han neighbours of {@code at}. */
    private static char bestCandidate(String reading, String text, int at) {
        String p1 = hanAt(text, at - 1);
        String p2 = p1.isEmpty() ? "" : hanAt(text, at - 2);
        String n1 = hanAt(text, at + 1);
        String n2 = n1.isEmpty() ? "" : hanAt(text, at + 2);
        Lexicon lex = Lexicon.get();
        char best = 0;
        double bestScore = 0;
        for (char cand : PinyinReadings.get().charactersWith(PinyinReadings.numbered(reading))) {
            char c = ScriptConverter.get().toSimplified(cand);
            double score = 0;
            for (String w : new String[] {p1 + c, c + n1, p2 + p1 + c, c + n1 + n2, p1 + c + n1}) {
                if (w.length() >= 2 && (w.length() == 2 || w.length() == 3) && lex.isWord(w)) {
                    score = Math.max(score, Math.log(1 + lex.frequency(w)) * (w.length() - 1));
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /**
     * With no word to go by, the character with that reading that the document itself uses most (at least
     * twice), as scraped pages lose the same characters they use elsewhere ({@code 嚴管?(yán)控}).
     */
    private static char mostUsedInDocument(String reading, String text) {
        char best = 0;
        int bestCount = 1;
        for (char cand : PinyinReadings.get().charactersWith(PinyinReadings.numbered(reading))) {
            char c = ScriptConverter.get().toSimplified(cand);
            int count = 0;
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                best = c;
            }
        }
        return best;
    }

    private static String hanAt(String text, int i) {
        return i >= 0 && i < text.length() && ChineseChars.isHan(text.charAt(i)) ? String.valueOf(text.charAt(i)) : "";
    }

    /** A stray single character standing where a lost Han character was ('?', or a lone ASCII byte such as 'F'). */
    private static boolean isLostCarrier(String s, int at) {
        if (at < 0) {
            return false;
        }
        char c = s.charAt(at);
        if (c == '?' || c == '？') {
            return true;
        }
        boolean strayByte = c < 0x80 && Character.isLetterOrDigit(c);
        return strayByte && (at == 0 || !(s.charAt(at - 1) < 0x80 && Character.isLetterOrDigit(s.charAt(at - 1))));
    }

    /** A bracketed syllable after a Han character is its gloss when tone-marked or a reading of that character. */
    private static boolean isGlossOf(String syllable, char han) {
        for (int i = 0; i < syllable.length(); i++) {
            if (TONED.indexOf(syllable.charAt(i)) >= 0) {
                return true;
            }
        }
        return PinyinReadings.get().isReadingOf(syllable, han);
    }
}
