package org.luoshi.formats;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Directive;
import org.luoshi.model.Extraction;
import org.luoshi.normalize.Normalizer;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each format, written here by its own library (POI for .docx, PDFBox for .pdf, ofdrw for .ofd; RTF and HTML as
 * text), gives the same directives as the same text in a .txt file: paragraphs arrive as lines, wrapped lines are
 * joined. A PDF with only an image is refused as a scanned PDF; a damaged .doc or .wps is refused with a reason.
 * (POI cannot write a Word 97 .doc from nothing — HWPF only rewrites documents it has read — so .doc and .wps have
 * no fixture of their own here.)
 */
class FormatsTest {
    static final List<String> PARAGRAPHS = List.of(
            "全县安全生产工作会议召开",
            "5月8日，全县安全生产工作会议在县政府召开。县委书记景文新出席会议并讲话，县长李明主持会议。",
            "景文新要求，各乡镇、各部门要立即开展安全生产大检查，对辖区内的矿山、危化品企业和人员密集场所逐一排查，坚决遏制重特大事故发生。",
            "李明强调，要严格落实企业主体责任，务必于6月30日前完成全部隐患整改，对整改不力的单位严肃追责问责。");

    @TempDir
    Path dir;

    private final Normalizer normalizer = new Normalizer();
    private final DocumentExtractor extractor = new DocumentExtractor();

    private List<String> directives(String source, String text) throws Exception {
        Extraction e = extractor.extract(normalizer.normalize(source, text), null);
        List<String> out = new ArrayList<>();
        for (Directive d : e.directives()) {
            out.add(d.text() + " | " + (d.speaker() == null ? "-" : d.speaker().name()) + " | " + d.modality());
        }
        return out;
    }

    private List<String> expected() throws Exception {
        Path txt = dir.resolve("notice.txt");
        Files.writeString(txt, String.join("\n", PARAGRAPHS) + "\n", StandardCharsets.UTF_8);
        List<String> d = directives("notice.txt", normalizer.normalize("notice.txt", Files.readAllBytes(txt)).original());
        assertTrue(d.size() >= 2, "the text has directives: " + d);
        return d;
    }

    private void assertSameDirectives(Path file) throws Exception {
        String text = DocumentFormats.text(file);
        for (String p : PARAGRAPHS) {
            assertTrue(text.contains(p + "\n"), file.getFileName() + " keeps each paragraph as one line:\n" + text);
        }
        assertEquals(expected(), directives(file.getFileName().toString(), text), file.getFileName().toString());
    }

    @Test
    void docx() throws Exception {
        Path f = dir.resolve("notice.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            for (String p : PARAGRAPHS) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        assertSameDirectives(f);
    }

    @Test
    void rtf() throws Exception {
        StringBuilder b = new StringBuilder("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0\\fs24 ");
        for (String p : PARAGRAPHS) {
            for (char c : p.toCharArray()) {
                b.append(c < 128 ? String.valueOf(c) : "\\u" + (short) c + "?");
            }
            b.append("\\par\n");
        }
        Path f = dir.resolve("notice.rtf");
        Files.writeString(f, b.append('}').toString(), StandardCharsets.US_ASCII);
        assertSameDirectives(f);
    }

    @Test
    void html() throws Exception {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gb2312\"><title>通知</title>"
                + "<style>p{margin:0}</style><script>var x = '要立即';</script></head><body><div class=\"article\">");
        for (String p : PARAGRAPHS) {
            b.append("<p>").append(p).append("</p>\n");
        }
        Path f = dir.resolve("notice.html");
        Files.write(f, b.append("</div></body></html>").toString().getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertSameDirectives(f);
        assertFalse(DocumentFormats.text(f).contains("var x"), "script is not text");
    }

    @Test
    void pdfWithTheStandardChineseFont() throws Exception {
        Path f = dir.resolve("notice.pdf");
        writePdf(f, null);
        assertSameDirectives(f);
    }

    @Test
    void pdfWithAnEmbeddedChineseFont() throws Exception {
        Path font = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(font),
                "no Chinese TrueType font here (fonts-wqy-microhei, installed by .ci/run); the standard-font PDF test still runs");
        Path f = dir.resolve("embedded.pdf");
        writePdf(f, font);
        assertSameDirectives(f);
    }

    @Test
    void ofd() throws Exception {
        Path f = dir.resolve("notice.ofd");
        try (OFDDoc ofd = new OFDDoc(f)) {
            for (String p : PARAGRAPHS) {
                Paragraph para = new Paragraph(p, 4d);
                para.setFirstLineIndent(2);
                ofd.add(para);
            }
        }
        assertSameDirectives(f);
    }

    @Test
    void aScannedPdfHasNoTextLayer() throws Exception {
        Path f = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 50, 500);
            }
            doc.save(f.toFile());
        }
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentFormats.text(f));
        assertTrue(e.reason().contains("scanned PDF: no text layer"), e.reason());
    }

    @Test
    void aDamagedWordFileIsRefusedWithAReason() throws Exception {
        for (String name : List.of("bad.doc", "bad.wps", "bad.docx", "bad.ofd", "bad.pdf")) {
            Path f = dir.resolve(name);
            Files.writeString(f, "这不是一个文档", StandardCharsets.UTF_8);
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentFormats.text(f), name);
            assertTrue(e.reason().contains("（"), name + ": " + e.reason());
        }
    }

    /**
     * A PDF as office software writes it: A4, first lines indented by two characters, long paragraphs wrapped over
     * several lines. With {@code font} null the text is set in STSong-Light, the standard Chinese font every PDF reader
     * knows (not embedded; its codes are Unicode through the predefined UniGB-UCS2-H CMap), else in that font,
     * embedded as a subset.
     */
    private static void writePdf(Path f, Path font) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float size = 12;
            float leading = 20;
            int perLine = 30;
            float left = 72;
            float y = 760;
            PDType0Font embedded = null;
            if (font != null) {
                try (org.apache.fontbox.ttf.TrueTypeCollection ttc = new org.apache.fontbox.ttf.TrueTypeCollection(font.toFile())) {
                    org.apache.fontbox.ttf.TrueTypeFont[] first = new org.apache.fontbox.ttf.TrueTypeFont[1];
                    ttc.processAllFonts(t -> {
                        if (first[0] == null) {
                            first[0] = t;
                        }
                    });
                    embedded = PDType0Font.load(doc, first[0], true);
                    writeLines(doc, page, embedded, size, leading, perLine, left, y);
                    doc.save(f.toFile());
                    return;
                }
            }
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "STSong-Light");
            descriptor.setInt(COSName.FLAGS, 6);
            COSArray bbox = new COSArray();
            for (int v : new int[] {-25, -254, 1000, 880}) {
                bbox.add(COSInteger.get(v));
            }
            descriptor.setItem(COSName.FONT_BBOX, bbox);
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, 880);
            descriptor.setInt(COSName.DESCENT, -120);
            descriptor.setInt(COSName.CAP_HEIGHT, 880);
            descriptor.setInt(COSName.STEM_V, 93);
            COSDictionary info = new COSDictionary();
            info.setString(COSName.REGISTRY, "Adobe");
            info.setString(COSName.ORDERING, "GB1");
            info.setInt(COSName.SUPPLEMENT, 4);
            COSDictionary cid = new COSDictionary();
            cid.setItem(COSName.TYPE, COSName.FONT);
            cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
            cid.setName(COSName.BASE_FONT, "STSong-Light");
            cid.setItem(COSName.CIDSYSTEMINFO, info);
            cid.setItem(COSName.FONT_DESC, descriptor);
            cid.setInt(COSName.DW, 1000);
            COSDictionary type0 = new COSDictionary();
            type0.setItem(COSName.TYPE, COSName.FONT);
            type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
            type0.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
            type0.setName(COSName.ENCODING, "UniGB-UCS2-H");
            COSArray descendants = new COSArray();
            descendants.add(cid);
            type0.setItem(COSName.DESCENDANT_FONTS, descendants);
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), type0);
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
            page.getCOSObject().setItem(COSName.RESOURCES, resources);
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            StringBuilder ops = new StringBuilder();
            for (String p : PARAGRAPHS) {
                List<String> lines = wrap(p, perLine);
                for (int i = 0; i < lines.size(); i++) {
                    float x = left + (i == 0 ? 2 * size : 0);
                    ops.append(String.format(java.util.Locale.ROOT, "BT /F1 %.1f Tf %.1f %.1f Td <", size, x, y));
                    for (char c : lines.get(i).toCharArray()) {
                        ops.append(String.format("%04X", (int) c));
                    }
                    ops.append("> Tj ET\n");
                    y -= leading;
                }
            }
            content.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
            PDStream stream = new PDStream(doc);
            try (OutputStream o = stream.createOutputStream()) {
                o.write(content.toByteArray());
            }
            page.setContents(stream);
            doc.save(f.toFile());
        }
    }

    private static void writeLines(PDDocument doc, PDPage page, PDType0Font font, float size, float leading, int perLine, float left, float y)
            throws Exception {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            for (String p : PARAGRAPHS) {
                List<String> lines = wrap(p, perLine);
                for (int i = 0; i < lines.size(); i++) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(left + (i == 0 ? 2 * size : 0), y);
                    cs.showText(lines.get(i));
                    cs.endText();
                    y -= leading;
                }
            }
        }
    }

    /** The paragraph in lines of at most {@code n} characters, the first two shorter for its indent. */
    private static List<String> wrap(String p, int n) {
        List<String> out = new ArrayList<>();
        int first = n - 2;
        out.add(p.substring(0, Math.min(first, p.length())));
        for (int i = first; i < p.length(); i += n) {
            out.add(p.substring(i, Math.min(p.length(), i + n)));
        }
        return out;
    }
}
