package org.luoshi.web;

import java.util.ArrayList;
import java.util.List;

/** A stretch of a hit's text, highlighted or not: how highlight offsets become {@code <mark>} in a template. */
public record Segment(String text, boolean mark) {
    /** The text cut at the {@code [start, end)} offsets (in order, not overlapping; out-of-range parts ignored). */
    public static List<Segment> of(String text, List<int[]> marks) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int at = 0;
        for (int[] m : marks) {
            int s = Math.max(at, Math.min(text.length(), m[0]));
            int e = Math.max(s, Math.min(text.length(), m[1]));
            if (s > at) {
                out.add(new Segment(text.substring(at, s), false));
            }
            if (e > s) {
                out.add(new Segment(text.substring(s, e), true));
            }
            at = e;
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), false));
        }
        return out;
    }
}
