package org.luoshi.extract;

/**
 * Reads a small non-negative number as dates write it: Arabic digits (ASCII or full-width {@code ２０２４}), Chinese
 * numerals with tens ({@code 十二} = 12, {@code 二十五} = 25, {@code 三十一} = 31, {@code 两} = 2), or four Chinese
 * digits read one by one, as years are written ({@code 二〇二〇} = 2020, {@code 二零二四} = 2024).
 */
final class ChineseNumber {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {
    }

    /** @return the value of {@code s}, or -1 when it is empty or holds anything else than the forms above */
    static int parse(CharSequence s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        int value = 0;
        int current = -1; // the digit read since the last 十, -1 when none
        boolean tens = false;
        boolean arabic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (Character.isDigit(c)) {
                if (tens) {
                    return -1;
                }
                arabic = true;
                value = value * 10 + Character.digit(c, 10);
            } else if (c == '十' && !arabic && !tens && value < 10) {
                tens = true;
                value = (current < 0 ? 1 : current) * 10;
                current = -1;
            } else if (d >= 0 && !arabic) {
                if (tens) {
                    if (current >= 0) {
                        return -1; // 十二三
                    }
                    current = d;
                } else {
                    value = value * 10 + d; // digit by digit: 二〇二〇; a lone digit: 五
                    current = d;
                }
            } else {
                return -1;
            }
        }
        if (!tens && !arabic && s.length() != 1 && s.length() != 4) {
            return -1; // digit by digit only for a year (二〇二〇) or a single digit, not 一两 or 二三
        }
        return tens ? value + Math.max(current, 0) : value;
    }

    private static int digit(char c) {
        if (c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
