package org.luoshi.formats;

import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of an OFD file (GB/T 33190) through ofdrw, paragraphs rebuilt from the positions of its text: OFD places
 * every run of characters at page coordinates and has no paragraphs of its own. Runs on one baseline form a line
 * (ordered left to right); a line that starts indented, or follows a line that ends well short of the right edge of
 * the page's text, or follows a larger vertical gap, begins a new paragraph; the other lines are joined to the one
 * before. Pages are read in order; a page always ends a paragraph.
 */
final class OfdText {
    private OfdText() {
    }

    /** One positioned run of characters: left x, baseline y, right x, font size (millimetres). */
    private record Run(double x, double y, double right, double size, String text) {
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

    static String read(Path file) throws UnreadableDocumentException {
        StringBuilder out = new StringBuilder();
        try (OFDReader reader = new OFDReader(file)) {
            ContentExtractor extractor = new ContentExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                page(extractor.getPageTextObject(page), out);
            }
        } catch (Exception e) {
            throw new UnreadableDocumentException("OFD 文件已损坏或无法解析（cannot parse OFD: " + DocumentFormats.message(e) + "）", e);
        }
        return out.toString();
    }

    private static void page(List<TextObject> objects, StringBuilder out) {
        List<Run> runs = new ArrayList<>();
        for (TextObject t : objects) {
            ST_Box box = t.getBoundary();
            double bx = box == null ? 0 : box.getTopLeftX();
            double by = box == null ? 0 : box.getTopLeftY();
            double size = t.getSize() == null ? 3.5 : t.getSize();
            double x = 0;
            double y = 0;
            for (TextCode c : t.getTextCodes()) {
                String s = c.getContent();
                if (s == null || s.isEmpty()) {
                    continue;
                }
                x = c.getX() != null ? c.getX() : x;
                y = c.getY() != null ? c.getY() : y;
                double width = 0;
                if (c.getDeltaX() != null) {
                    for (Double d : c.getDeltaX().toDouble()) {
                        width += d;
                    }
                    width += size;
                } else {
                    width = size * s.codePointCount(0, s.length());
                }
                runs.add(new Run(bx + x, by + y, bx + x + width, size, s));
                x += width;
            }
        }
        runs.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
        List<Line> lines = new ArrayList<>();
        for (Run r : runs) {
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
