package org.luoshi.normalize;

import org.luoshi.model.Placeholder;
import org.luoshi.nlp.LeadCharPattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds template placeholders ({@code XX}, {@code XXX}, {@code 20xx}, {@code X月XX日}, {@code xxx}) so later stages
 * never take them for names, places or dates. They stay in the text; only their spans are recorded.
 */
final class PlaceholderFinder {
    private static final LeadCharPattern PLACEHOLDER = LeadCharPattern.compile(
            "(?<![A-Za-z])(?:(?:X{1,2}|\\d{1,2})月X{1,2}日|X{1,2}月\\d{1,2}日|\\d{2}[xX]{2}年?|[xX]{2,}|X)(?![A-Za-z])");

    List<Placeholder> find(String text) {
        List<Placeholder> found = new ArrayList<>();
        LeadCharPattern.Finder m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String p = m.group();
            boolean single = p.equals("X") || p.equals("x");
            // A lone X counts only between Han characters (X镇, X月), never in Latin text.
            if (single && !(hanAround(text, m.start(), m.end()))) {
                continue;
            }
            found.add(new Placeholder(m.start(), m.end(), p));
        }
        return found;
    }

    private static boolean hanAround(String text, int start, int end) {
        return (start > 0 && org.luoshi.nlp.ChineseChars.isHan(text.charAt(start - 1)))
                || (end < text.length() && org.luoshi.nlp.ChineseChars.isHan(text.charAt(end)));
    }
}
