package org.luoshi.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Paragraphs rebuilt from positioned text, for formats that place characters on a page and keep no paragraphs
 * (PDF, OFD). Runs on one baseline form a line, ordered left to right; a line that starts indented, or follows a line
 * that ends well short of the right edge of the page's text, or follows a larger vertical gap, begins a new
 * paragraph; other lines are joined to the one before (without a space between Chinese characters). A page always
 * ends a paragraph.
 */
final class PageLayout {
    private PageLayout() {
    }

    /** One run of characters: left x, baseline y (growing down the page), right x and font size, in one unit. */
    record Run(double x, double y, double right, double size, String text) {
    }

    private static final class Line {
        final double y;
        final double size;
        final List<Run> runs = new ArrayList<>();

        Line(Run first) {
            this.y = first.y();
            this.size = first.size();
            runs.add(first);
        }

        double left() {
            return runs.stream().mapToDouble(Run::x).min().orElse(0);
        }

        double right() {
            return runs.stream().mapToDouble(Run::right).max().orElse(0);
        }

        String text() {
            StringBuilder b = new StringBuilder();
            runs.sort(Comparator.comparingDouble(Run::x));
            for (Run r : runs) {
                b.append(r.text());
            }
            return b.toString();
        }
    }

    /** Appends the page's paragraphs to {@code out}, one per line. */
    static void paragraphs(List<Run> runs, StringBuilder out) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
        List<Line> lines = new ArrayList<>();
        for (Run r : sorted) {
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(r.y() - last.y) < 0.4 * Math.max(r.size(), last.size)) {
                last.runs.add(r);
            } else {
                lines.add(new Line(r));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        double left = lines.stream().mapToDouble(Line::left).min().orElse(0);
        double right = lines.stream().mapToDouble(Line::right).max().orElse(0);
        StringBuilder paragraph = new StringBuilder();
        Line prev = null;
        for (Line l : lines) {
            boolean starts = prev == null
                    || l.left() > left + 0.8 * l.size                       // indented first line
                    || prev.right() < right - 1.5 * prev.size               // the line before ended short
                    || l.y - prev.y > 2.2 * Math.max(l.size, prev.size);     // a larger gap
            if (starts && paragraph.length() > 0) {
                out.append(ParagraphText.joinWrapped(paragraph).strip()).append('\n');
                paragraph.setLength(0);
            }
            if (paragraph.length() > 0) {
                paragraph.append('\n');
            }
            paragraph.append(l.text());
            prev = l;
        }
        if (paragraph.length() > 0) {
            out.append(ParagraphText.joinWrapped(paragraph).strip()).append('\n');
        }
    }
}
