package org.luoshi.normalize;

import java.util.Arrays;

/**
 * Text under rewriting that remembers, for every character, the offset in the original decoded text it came
 * from and a mark (damaged, repaired, placeholder). Each normalization step reads one {@code MappedText} and
 * appends to a new one, so offsets survive any number of deletions, insertions and replacements.
 */
final class MappedText {
    static final byte NONE = 0;
    /** A character lost as {@code ?} (or left as a stray byte) that could not be recovered. */
    static final byte LOST = 1;
    /** A lost character recovered from its pinyin gloss and its neighbours. */
    static final byte LOST_REPAIRED = 2;
    /** Part of a one-byte-shifted GBK run that stays unreadable. */
    static final byte SHIFTED = 3;
    /** Part of a one-byte-shifted GBK run read again correctly. */
    static final byte SHIFTED_REPAIRED = 4;
    /** Where a truncated UTF-8 tail was cut off. */
    static final byte TRUNCATED = 5;

    private char[] chars;
    private int[] origins;
    private byte[] marks;
    private int length;

    MappedText(int capacity) {
        chars = new char[Math.max(16, capacity)];
        origins = new int[chars.length];
        marks = new byte[chars.length];
    }

    /** The identity mapping over an original text. */
    static MappedText of(String original) {
        MappedText t = new MappedText(original.length());
        for (int i = 0; i < original.length(); i++) {
            t.append(original.charAt(i), i, NONE);
        }
        return t;
    }

    void append(char c, int origin, byte mark) {
        if (length == chars.length) {
            int cap = chars.length * 2;
            chars = Arrays.copyOf(chars, cap);
            origins = Arrays.copyOf(origins, cap);
            marks = Arrays.copyOf(marks, cap);
        }
        chars[length] = c;
        origins[length] = origin;
        marks[length] = mark;
        length++;
    }

    /** Copies character {@code i} of {@code from} unchanged. */
    void copy(MappedText from, int i) {
        append(from.chars[i], from.origins[i], from.marks[i]);
    }

    void copy(MappedText from, int start, int end) {
        for (int i = start; i < end; i++) {
            copy(from, i);
        }
    }

    /** Appends {@code replacement} for the span [start, end) of {@code from}, spreading origins over the span. */
    void replace(MappedText from, int start, int end, CharSequence replacement, byte mark) {
        int span = Math.max(1, end - start);
        for (int k = 0; k < replacement.length(); k++) {
            int src = Math.min(end - 1, start + (int) ((long) k * span / Math.max(1, replacement.length())));
            int origin = from.length == 0 ? 0 : from.origins[Math.max(0, Math.min(src, from.length - 1))];
            byte m = mark == NONE ? from.marks[Math.max(0, Math.min(src, from.length - 1))] : mark;
            append(replacement.charAt(k), origin, m);
        }
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    int origin(int i) {
        return origins[i];
    }

    byte mark(int i) {
        return marks[i];
    }

    void setMark(int i, byte mark) {
        marks[i] = mark;
    }

    String substring(int start, int end) {
        return new String(chars, start, end - start);
    }

    int[] origins() {
        return Arrays.copyOf(origins, length);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
