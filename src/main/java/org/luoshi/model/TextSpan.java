package org.luoshi.model;

/** A half-open span [start, end) of normalized text, used for sentences and paragraphs. */
public record TextSpan(int start, int end) implements java.io.Serializable {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
