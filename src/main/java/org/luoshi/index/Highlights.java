package org.luoshi.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.luoshi.nlp.ScriptConverter;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Highlights as offsets: the matched stretches of a hit's text as {@code [start, end)} pairs into the text shown
 * (the whole directive, or an excerpt of a document), never as marks inside the text, so brackets of the text itself
 * (【】 in program titles) stay text. From Lucene's UnifiedHighlighter where the word query matched; else every
 * literal occurrence of a query word (a match through bigrams or single characters only).
 */
final class Highlights {
    /** Text shown for a hit and the highlighted stretches in it. */
    record Excerpt(String text, List<int[]> marks) {
    }

    private static final String ELLIPSIS = "…";

    private Highlights() {
    }

    /**
     * @param whole the whole stored text is the excerpt (directives); else up to {@code passages} sentences
     * @return per doc the excerpt, or null where the query did not match the field's words
     */
    static Excerpt[] of(IndexSearcher searcher, Analyzer analyzer, String field, Query query, int[] docs, boolean whole, int passages)
            throws IOException {
        if (docs.length == 0 || query == null) {
            return new Excerpt[docs.length];
        }
        Objects h = new Objects(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new OffsetsFormatter())
                .withMaxLength(whole ? 20_000 : 200_000)
                .withBreakIterator(whole ? org.apache.lucene.search.uhighlight.WholeBreakIterator::new
                        : () -> BreakIterator.getSentenceInstance(Locale.CHINESE)));
        int[] max = new int[] {whole ? 1 : passages};
        Object[] found = h.objects(new String[] {field}, query, docs, max).get(field);
        Excerpt[] out = new Excerpt[docs.length];
        for (int i = 0; i < docs.length; i++) {
            out[i] = found[i] instanceof Excerpt e && !e.marks().isEmpty() ? e : null;
        }
        return out;
    }

    /** The start of {@code text} (at most {@code max} characters) with every literal occurrence of a query word marked. */
    static Excerpt literal(String text, String query, int max) {
        if (text == null) {
            return new Excerpt(null, List.of());
        }
        String shown = text.length() > max ? text.substring(0, max) + ELLIPSIS : text;
        if (QueryText.isAll(query)) {
            return new Excerpt(shown, List.of());
        }
        String folded = ScriptConverter.get().toSimplified(shown);
        boolean[] marked = new boolean[shown.length()];
        for (String t : ScriptConverter.get().toSimplified(query).split("[\\s\"“”「」『』()+\\-*:~^\\[\\]{}!/?\\\\]+")) {
            if (t.isEmpty() || t.equals("AND") || t.equals("OR") || t.equals("NOT")) {
                continue;
            }
            for (int i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + 1)) {
                java.util.Arrays.fill(marked, i, i + t.length(), true);
            }
        }
        List<int[]> marks = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                int j = i;
                while (j < marked.length && marked[j]) {
                    j++;
                }
                marks.add(new int[] {i, j});
                i = j;
            }
        }
        return new Excerpt(shown, marks);
    }

    /** Opens the highlighter's per-object answer (its formatter's objects instead of strings). */
    private static final class Objects extends UnifiedHighlighter {
        Objects(Builder b) {
            super(b);
        }

        Map<String, Object[]> objects(String[] fields, Query q, int[] docs, int[] max) throws IOException {
            return highlightFieldsAsObjects(fields, q, docs, max);
        }
    }

    /** Passages joined by an ellipsis, with the match offsets moved into the joined text (overlaps merged). */
    private static final class OffsetsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<int[]> marks = new ArrayList<>();
            for (Passage p : passages) {
                if (text.length() > 0) {
                    text.append(ELLIPSIS);
                }
                int base = text.length() - p.getStartOffset();
                text.append(content, p.getStartOffset(), p.getEndOffset());
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int s = base + p.getMatchStarts()[i];
                    int e = base + p.getMatchEnds()[i];
                    if (!marks.isEmpty() && s <= marks.get(marks.size() - 1)[1]) {
                        marks.get(marks.size() - 1)[1] = Math.max(e, marks.get(marks.size() - 1)[1]);
                    } else {
                        marks.add(new int[] {s, e});
                    }
                }
            }
            return new Excerpt(text.toString(), marks);
        }
    }
}
