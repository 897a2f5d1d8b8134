package org.luoshi.formats;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The text of the document formats government offices keep, one paragraph per line, for the normalizer:
 * {@code .docx} (OOXML), {@code .doc} and {@code .wps} (Word 97–2003 binary, which WPS Office also writes),
 * {@code .rtf}, {@code .htm}/{@code .html} through Apache Tika's parsers, {@code .pdf} (its text layer) through PDFBox
 * ({@link PdfText}) and {@code .ofd} (GB/T 33190) through ofdrw ({@link OfdText}); in PDF and OFD, which place
 * characters on pages, paragraphs are rebuilt from positions ({@link PageLayout}). A PDF without a text layer is refused as
 * "scanned PDF: no text layer" (no OCR here). Thread-safe: every call builds its own handler.
 */
public final class DocumentFormats {
    /** File endings read here (lower case). */
    public static final Set<String> ENDINGS = Set.of(".docx", ".doc", ".wps", ".rtf", ".pdf", ".ofd", ".htm", ".html");

    private DocumentFormats() {
    }

    /** Whether a file name (any case) has one of the {@link #ENDINGS}. */
    public static boolean isFormat(String fileName) {
        return ending(fileName) != null;
    }

    private static String ending(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (String e : ENDINGS) {
            if (n.endsWith(e)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The document's text, paragraphs as lines.
     *
     * @throws UnreadableDocumentException with a reason for the quarantine record: damaged, encrypted, a scanned PDF, or
     *                                     no text at all
     */
    public static String text(Path file) throws UnreadableDocumentException {
        String ending = ending(file.getFileName().toString());
        if (ending == null) {
            throw new IllegalArgumentException("not a document format: " + file);
        }
        String text;
        if (ending.equals(".ofd")) {
            text = OfdText.read(file);
        } else if (ending.equals(".pdf")) {
            text = PdfText.read(file);
        } else {
            text = tika(file, parser(ending));
        }
        if (text.isBlank()) {
            throw new UnreadableDocumentException(ending.equals(".pdf")
                    ? "扫描版 PDF，没有文字层（scanned PDF: no text layer）"
                    : "文档中没有文字（no text in the document）", null);
        }
        return text;
    }

    private static Parser parser(String ending) {
        return switch (ending) {
            case ".docx" -> new OOXMLParser();
            case ".doc", ".wps" -> new OfficeParser();
            case ".rtf" -> new RTFParser();
            default -> new JSoupParser();
        };
    }

    private static String tika(Path file, Parser parser) throws UnreadableDocumentException {
        ParagraphText handler = new ParagraphText();
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("文档已加密（encrypted document）", e);
        } catch (TikaException | SAXException | RuntimeException e) {
            throw new UnreadableDocumentException("文档已损坏或格式不符（cannot parse: " + message(e) + "）", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("无法读取（cannot read: " + message(e) + "）", e);
        }
        return handler.text();
    }

    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) + "…" : m));
    }
}
