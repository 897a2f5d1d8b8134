package org.luoshi.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional → Simplified conversion (HanLP's t2s tables). Conversion is done line by line and character by
 * character where HanLP's phrase table would change the length, so callers can keep a one-to-one offset map.
 */
public final class ScriptConverter {
    private static final ScriptConverter INSTANCE = new ScriptConverter();

    private ScriptConverter() {
    }

    public static ScriptConverter get() {
        return INSTANCE;
    }

    /** Simplified form of the text, always of the same length as the input. */
    public String toSimplified(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() == text.length()) {
            return converted;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(toSimplified(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * Simplified form of one character. Answers are kept in a table of every char value, filled as characters are
     * first met (a lookup in HanLP's tables costs a string and a trie walk; index analysis asks once per character
     * of every text). Concurrent fillers write the same value, so no lock is needed.
     */
    public char toSimplified(char c) {
        if (!ChineseChars.isHan(c)) {
            return c;
        }
        char known = simplified[c];
        if (known != 0) {
            return known;
        }
        String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        char answer = s.length() == 1 ? s.charAt(0) : c;
        simplified[c] = answer;
        return answer;
    }

    /** Per char value: its Simplified form once looked up, 0 before. */
    private final char[] simplified = new char[Character.MAX_VALUE + 1];
}
