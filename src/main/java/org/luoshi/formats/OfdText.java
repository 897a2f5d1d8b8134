package org.luoshi.formats;

import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an OFD file (GB/T 33190) through ofdrw: OFD places every run of characters at page coordinates and has
 * no paragraphs of its own, so they are rebuilt from the positions ({@link PageLayout}). Pages are read in order.
 */
final class OfdText {
    private OfdText() {
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
        List<PageLayout.Run> runs = new ArrayList<>();
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
                runs.add(new PageLayout.Run(bx + x, by + y, bx + x + width, size, s));
                x += width;
            }
        }
        PageLayout.paragraphs(runs, out);
    }
}
