package org.luoshi.normalize;

import org.luoshi.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into sentences per ANNOTATION.md: a sentence runs up to and including {@code 。！？；}
 * (with any closing quotes or brackets right after it) or to a line end. Spans are trimmed of white space;
 * empty sentences are skipped.
 */
public final class SentenceSplitter {
    private static final String TERMINATORS = "。！？；";
    private static final String CLOSERS = "”’」』）)》\"'";

    public List<TextSpan> split(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < text.length() && (TERMINATORS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                add(out, text, start, end);
                start = end;
                i = end - 1;
            }
            i++;
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<TextSpan> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }
}
