package org.luoshi.formats;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layer of a PDF through PDFBox (the library Tika's PDF parser is built on), taken with the position of
 * every run so that paragraphs are rebuilt by {@link PageLayout}: PDFBox's own paragraph guess, which Tika passes
 * on, made every wrapped line of an indented Chinese document a paragraph of its own. Pages in order.
 */
final class PdfText extends PDFTextStripper {
    private final StringBuilder out = new StringBuilder();
    private final List<PageLayout.Run> runs = new ArrayList<>();

    private PdfText() {
        setSortByPosition(true);
    }

    static String read(Path file) throws UnreadableDocumentException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PdfText t = new PdfText();
            t.getText(doc);
            return t.out.toString();
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF 已加密（encrypted PDF）", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("PDF 已损坏或无法解析（cannot parse PDF: " + DocumentFormats.message(e) + "）", e);
        }
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) {
        runs.clear();
    }

    @Override
    protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
        PageLayout.paragraphs(runs, out);
        runs.clear();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isBlank()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        double size = Math.max(first.getHeightDir(), first.getFontSizeInPt());
        runs.add(new PageLayout.Run(first.getXDirAdj(), first.getYDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), size, text));
    }
}
