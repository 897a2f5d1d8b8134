package org.luoshi.nlp;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.nio.charset.Charset;

import java.util.Map;

/**
 * Word knowledge from HanLP's core dictionary (Simplified Chinese): whether a string is a word, how frequent it
 * is, and which characters of a text are covered by some word of two or more characters. Coverage is the
 * measure that tells real text from mojibake, whose characters rarely form words with their neighbours.
 */
public final class Lexicon {
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Lexicon INSTANCE = new Lexicon();

    private final DoubleArrayTrie<CoreDictionary.Attribute> trie;

    private Lexicon() {
        this.trie = CoreDictionary.trie;
    }

    public static Lexicon get() {
        return INSTANCE;
    }

    /** Whether {@code s} is a word of the core or the custom dictionary. */
    public boolean isWord(String s) {
        return s.length() > 0 && (trie.exactMatchSearch(s) >= 0 || CustomDictionary.contains(s));
    }

    /** Corpus frequency of a word (core dictionary first, then custom), 0 when it is not a word. */
    public int frequency(String s) {
        CoreDictionary.Attribute a = trie.get(s);
        if (a == null) {
            a = CustomDictionary.get(s);
        }
        return a == null ? 0 : Math.max(1, a.totalFrequency);
    }

    /**
     * Whether a (Simplified) character is among the 3,755 most common of GB 2312 (its level 1). Characters
     * outside it are rare in running text and common in mojibake.
     */
    public static boolean isCommonChar(char c) {
        return COMMON.get(c);
    }

    private static final java.util.BitSet COMMON = commonChars();

    private static java.util.BitSet commonChars() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            byte[] b = String.valueOf(c).getBytes(GB2312);
            if (b.length == 2 && (b[0] & 0xFF) >= 0xB0 && (b[0] & 0xFF) <= 0xD7) {
                set.set(c);
            }
        }
        return set;
    }

    /** For each character of {@code text}, whether some dictionary word of length two or more covers it. */
    public boolean[] multiCharWordCoverage(String text) {
        boolean[] covered = new boolean[text.length()];
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (!ChineseChars.isHan(chars[i])) {
                continue;
            }
            int longest = 0;
            for (Map.Entry<String, CoreDictionary.Attribute> e : trie.commonPrefixSearchWithValue(chars, i)) {
                longest = Math.max(longest, e.getKey().length());
            }
            if (longest >= 2) {
                for (int k = i; k < i + longest; k++) {
                    covered[k] = true;
                }
            }
        }
        return covered;
    }

    /** Fraction of Han characters in {@code text} covered by a multi-character word; 0 when there are none. */
    public double coverage(String text) {
        boolean[] covered = multiCharWordCoverage(text);
        int han = 0;
        int ok = 0;
        for (int i = 0; i < text.length(); i++) {
            if (ChineseChars.isHan(text.charAt(i))) {
                han++;
                if (covered[i]) {
                    ok++;
                }
            }
        }
        return han == 0 ? 0 : (double) ok / han;
    }
}
