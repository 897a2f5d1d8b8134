package org.luoshi.nlp;

/**
 * Numbers as dates and counts write them: Arabic digits (ASCII or full-width), Chinese numerals with positional
 * units ({@code 二十五}, {@code 十二}, {@code 两}) and digit-by-digit years ({@code 二〇二一}, {@code 二零一九}).
 */
public final class ChineseNumbers {
    /** The characters a number may be written with, as a regex character class body. */
    public static final String CHARS = "0-9０-９〇零一二三四五六七八九十两百";
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /**
     * The value of a number written in digits or Chinese numerals: {@code 25}, {@code 二十五}, {@code 十}, {@code 两},
     * {@code 一百二十}, and digit-by-digit forms ({@code 二〇二一} → 2021); null when it is none of these.
     */
    public static Integer value(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.chars().allMatch(c -> Character.isDigit(c))) {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + Character.digit(s.charAt(i), 10);
            }
            return v;
        }
        if (s.indexOf('十') < 0 && s.indexOf('百') < 0) {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) {
                    return null;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                int d = digit(c);
                if (d < 0) {
                    return null;
                }
                current = d;
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        if (c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        if (Character.isDigit(c)) {
            return Character.digit(c, 10);
        }
        return DIGITS.indexOf(c);
    }
}
