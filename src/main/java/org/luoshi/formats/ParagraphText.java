package org.luoshi.formats;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.Locale;
import java.util.Set;

/**
 * Collects the text of Tika's XHTML events with one paragraph per line: every block element (paragraph, heading,
 * list item, table row, page) ends a line; table cells are separated by a tab; a line break inside a paragraph (a PDF
 * line wrapped by the layout) is joined, without a space between Chinese characters and with one between others.
 * Head, script and style content is left out.
 */
final class ParagraphText extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
            "blockquote", "pre", "section", "article", "header", "footer", "dt", "dd", "title", "body");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template");

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private int skipping;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipping++;
        } else if (BLOCKS.contains(name) || name.equals("br")) {
            flush();
        } else if ((name.equals("td") || name.equals("th")) && paragraph.length() > 0) {
            paragraph.append('\t');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipping = Math.max(0, skipping - 1);
        } else if (BLOCKS.contains(name)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipping == 0) {
            paragraph.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // Tika's own layout newlines between elements: block ends already end lines
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }

    private void flush() {
        String p = joinWrapped(paragraph).strip();
        paragraph.setLength(0);
        if (!p.isEmpty()) {
            out.append(p).append('\n');
        }
    }

    /** The paragraph with its inner line breaks joined: nothing between two CJK characters, a space otherwise. */
    static String joinWrapped(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\r') {
                b.append(c);
                continue;
            }
            int prev = b.length() - 1;
            while (prev >= 0 && b.charAt(prev) == ' ') {
                prev--;
            }
            int next = i + 1;
            while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '\n' || s.charAt(next) == '\r')) {
                next++;
            }
            b.setLength(prev + 1);
            if (prev >= 0 && next < s.length() && !(wide(b.charAt(prev)) || wide(s.charAt(next)))) {
                b.append(' ');
            }
            i = next - 1;
        }
        return b.toString();
    }

    /** Chinese characters and full-width punctuation, which are written without spaces between them. */
    static boolean wide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F
                || Character.isSurrogate(c);
    }

    String text() {
        flush();
        return out.toString();
    }
}
