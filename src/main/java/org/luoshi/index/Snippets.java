package org.luoshi.index;

import org.luoshi.nlp.ScriptConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * Snippets for hits the word highlighter could not mark (a match through character bigrams only, such as a
 * name HanLP does not know): every literal occurrence of a query term is wrapped in 【】.
 */
final class Snippets {
    private Snippets() {
    }

    static String markLiterally(String text, String query, int maxLength) {
        if (text == null) {
            return null;
        }
        String shown = text.length() > maxLength ? text.substring(0, maxLength) + "…" : text;
        if (query == null || query.isBlank()) {
            return shown;
        }
        List<String> terms = new ArrayList<>();
        for (String t : ScriptConverter.get().toSimplified(query).split("[\\s\"()+\\-*:~^\\[\\]{}!]+")) {
            if (t.length() >= 2 && !t.equals("AND") && !t.equals("OR") && !t.equals("NOT")) {
                terms.add(t);
            }
        }
        for (String t : terms) {
            shown = shown.replace(t, DirectiveSearcher.MARK_OPEN + t + DirectiveSearcher.MARK_CLOSE);
        }
        return shown;
    }
}
