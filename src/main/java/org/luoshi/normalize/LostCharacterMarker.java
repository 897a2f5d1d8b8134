package org.luoshi.normalize;

import org.luoshi.nlp.ChineseChars;

import java.util.regex.Pattern;

/**
 * Marks the {@code ?} that stand for characters lost in scraping (between Han characters, or between a Han
 * character and a space) as damaged. A {@code ?} that ends a question (a question word earlier in the clause)
 * is left alone for {@link PunctuationWidener} to turn into {@code ？}.
 */
final class LostCharacterMarker {
    private static final Pattern QUESTION_WORDS = Pattern.compile("吗|嗎|呢|什么|什麼|怎么|怎麼|为什么|為什麼|哪|谁|誰|几|幾|多少|是否|难道|難道|何");

    record Result(MappedText text, int marked) {
    }

    Result mark(MappedText t) {
        String s = t.toString();
        int marked = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '?' || t.mark(i) != MappedText.NONE) {
                continue;
            }
            char prev = i > 0 ? s.charAt(i - 1) : '\n';
            char next = i + 1 < s.length() ? s.charAt(i + 1) : '\n';
            boolean hanBefore = ChineseChars.isHan(prev) || prev == '?';
            boolean lostContext = ChineseChars.isHan(next) || next == '?' || next == ' ' || next == '\u3000';
            if (hanBefore && lostContext && !(ChineseChars.isHan(next) && isQuestion(s, i))) {
                t.setMark(i, MappedText.LOST);
                marked++;
            }
        }
        return new Result(t, marked);
    }

    private static boolean isQuestion(String s, int at) {
        int from = at;
        while (from > 0 && "。！？!；;\n".indexOf(s.charAt(from - 1)) < 0 && at - from < 40) {
            from--;
        }
        return QUESTION_WORDS.matcher(s.substring(from, at)).find();
    }
}
