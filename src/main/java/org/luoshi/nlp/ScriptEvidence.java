package org.luoshi.nlp;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Which script a span of text is written in, on evidence one script never gives. A character is evidence for
 * Traditional when HanLP's t2s table changes it and GB 2312 (the Simplified character set) has no code for it
 * ({@code 會 產 縣}); it is evidence for Simplified when GB 2312 has it and Big5 (the Traditional set) has not
 * ({@code 会 产 县}). Characters both sets share ({@code 甯 乾 著}) and characters of Simplified names outside
 * GB 2312 ({@code 昇}, which also changes under t2s) decide nothing by themselves: they are outweighed by the
 * Simplified-only characters of any Simplified sentence around them.
 */
public final class ScriptEvidence {
    private static final byte NEUTRAL = 0;
    private static final byte TRADITIONAL = 1;
    private static final byte SIMPLIFIED = 2;
    /** Per char value: which script the character is evidence for. */
    private static final byte[] CLASS = classes();

    private ScriptEvidence() {
    }

    /** Counts of evidence in one span: Traditional-only and Simplified-only characters. */
    public record Count(int traditional, int simplified) {
        /** Whether the span shows more Traditional than Simplified evidence. */
        public boolean leansTraditional() {
            return traditional > simplified;
        }
    }

    /** The evidence of {@code text[start, end)}. */
    public static Count count(CharSequence text, int start, int end) {
        int t = 0;
        int s = 0;
        for (int i = start; i < end; i++) {
            byte c = CLASS[text.charAt(i)];
            if (c == TRADITIONAL) {
                t++;
            } else if (c == SIMPLIFIED) {
                s++;
            }
        }
        return new Count(t, s);
    }

    /** Whether the character is evidence of a Traditional text (see the class comment). */
    public static boolean isTraditionalOnly(char c) {
        return CLASS[c] == TRADITIONAL;
    }

    /** Whether the character is evidence of a Simplified text (see the class comment). */
    public static boolean isSimplifiedOnly(char c) {
        return CLASS[c] == SIMPLIFIED;
    }

    private static byte[] classes() {
        byte[] out = new byte[Character.MAX_VALUE + 1];
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
        ScriptConverter t2s = ScriptConverter.get();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (!ChineseChars.isHan(ch)) {
                continue;
            }
            boolean inGb = gb2312.canEncode(ch);
            if (!inGb && t2s.toSimplified(ch) != ch) {
                out[c] = TRADITIONAL;
            } else if (inGb && !big5.canEncode(ch)) {
                out[c] = SIMPLIFIED;
            }
        }
        return out;
    }
}
