package org.luoshi.normalize;

import org.luoshi.nlp.ChineseChars;

/**
 * Turns ASCII {@code , ; : ! ?} that stand between Chinese characters (or after one at a line end) into their
 * full-width forms, so that sentence splitting sees {@code ；！？}. A {@code ?} marked as a lost character stays.
 */
final class PunctuationWidener {
    private static final String ASCII = ",;:!?";
    private static final String WIDE = "，；：！？";

    record Result(MappedText text, int widened) {
    }

    Result widen(MappedText in) {
        MappedText out = new MappedText(in.length());
        int widened = 0;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            int k = ASCII.indexOf(c);
            if (k >= 0 && in.mark(i) == MappedText.NONE && i > 0 && (isChinese(in.charAt(i - 1)) || in.mark(i - 1) != MappedText.NONE)
                    && (i + 1 == in.length() || isChinese(in.charAt(i + 1)) || (c != ',' && c != ':' && in.charAt(i + 1) == '\n'))) {
                out.append(WIDE.charAt(k), in.origin(i), MappedText.NONE);
                widened++;
            } else {
                out.copy(in, i);
            }
        }
        return new Result(out, widened);
    }

    static boolean isChinese(char c) {
        return ChineseChars.isHan(c) || (c >= '\u3000' && c <= '\u303F' && c != '\u3000') || "“”‘’，。、；：！？（）《》…—".indexOf(c) >= 0;
    }
}
