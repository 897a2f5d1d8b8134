package org.luoshi.nlp;

/** Character classes used across stages: Han ideographs, CJK punctuation, full-width forms. */
public final class ChineseChars {
    private ChineseChars() {
    }

    /** A Han ideograph of the BMP (unified ideographs, extension A, compatibility ideographs). */
    public static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** A Han ideograph by code point: the BMP ranges of {@link #isHan(char)} and the supplementary ideograph planes. */
    public static boolean isHanCodePoint(int cp) {
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? isHan((char) cp) : (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    /** Han ideograph or the iteration mark 〇. */
    public static boolean isHanLike(char c) {
        return isHan(c) || c == '〇';
    }

    /** Whether any Han ideograph occurs in the text. */
    public static boolean containsHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static int countHan(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
