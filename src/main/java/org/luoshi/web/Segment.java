package org.luoshi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A stretch of a hit's text, highlighted or not, and a link where it is (part of) a formula: how highlight offsets
 * become {@code <mark>} and formulas links to their page in a template.
 */
public record Segment(String text, boolean mark, String href) {
    /** A stretch without a link. */
    public Segment(String text, boolean mark) {
        this(text, mark, null);
    }

    /** The text cut at the {@code [start, end)} offsets (in order, not overlapping; out-of-range parts ignored). */
    public static List<Segment> of(String text, List<int[]> marks) {
        return of(text, marks, List.of());
    }

    /** A stretch {@code [start, end)} of a text that links to {@code href}. */
    public record Link(int start, int end, String href) {
    }

    /**
     * The text cut at the highlight offsets {@code marks} and at the stretches of {@code links} (not overlapping):
     * a stretch can be both marked and linked.
     */
    public static List<Segment> of(String text, List<int[]> marks, List<Link> links) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        boolean[] marked = cover(text.length(), marks);
        String[] href = new String[text.length()];
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (int[] m : marks) {
            cuts.add(clamp(m[0], text));
            cuts.add(clamp(m[1], text));
        }
        for (Link l : links) {
            int s = clamp(l.start(), text);
            int e = clamp(l.end(), text);
            java.util.Arrays.fill(href, s, e, l.href());
            cuts.add(s);
            cuts.add(e);
        }
        int at = 0;
        for (Integer next = cuts.higher(at); next != null; at = next, next = cuts.higher(at)) {
            out.add(new Segment(text.substring(at, next), marked[at], href[at]));
        }
        return out;
    }

    private static boolean[] cover(int length, List<int[]> spans) {
        boolean[] in = new boolean[length];
        for (int[] m : spans) {
            for (int j = Math.max(0, m[0]); j < Math.min(length, m[1]); j++) {
                in[j] = true;
            }
        }
        return in;
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(text.length(), offset));
    }
}
