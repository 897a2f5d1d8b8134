package org.luoshi.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One hit, and the one JSON shape of a hit wherever it is written ({@code search --format json|jsonl}, {@code
 * /api/search}, the JSONL export; README "JSON shapes"): a directive ({@code kind} directive, {@code text} its
 * whole text) or a document ({@code kind} document, {@code text} an excerpt of it). {@code highlights} are the
 * matched stretches as {@code [start, end)} offsets into {@code text} in UTF-16 code units (one per Chinese
 * character); the text itself carries no marks, so 【】 in it are the document's own. {@code ordinal} is the n of a
 * directive id {@code doc#n}, with {@code source} the permalink of the hit.
 */
@JsonPropertyOrder({"id", "kind", "score", "text", "highlights", "speaker", "speaker_title", "level", "region", "date", "doc",
        "title", "source", "ordinal", "sectors", "deadline"})
public record SearchHit(String id, String kind, float score, String text, List<int[]> highlights, String speaker,
                        String speakerTitle, String level, String region, String date, String doc, String title,
                        String source, Integer ordinal, List<String> sectors, Deadline deadline) {

    public SearchHit {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }

    /** The deadline of a directive hit: type and value (null for documents and directives without one). */
    /** A directive's deadline: its type, its value and, when the value was computed, how ({@code inferred}). */
    public record Deadline(String type, String value, String inferred) {
        public Deadline(String type, String value) {
            this(type, value, null);
        }
    }

    /** This hit with other text and highlights (an excerpt instead of the whole text). */
    public SearchHit withText(String t, List<int[]> marks) {
        return new SearchHit(id, kind, score, t, marks, speaker, speakerTitle, level, region, date, doc, title, source, ordinal,
                sectors, deadline);
    }
}
