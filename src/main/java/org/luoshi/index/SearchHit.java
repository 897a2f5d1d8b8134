package org.luoshi.index;

/** One ranked hit: a directive (or a document), with its highlighted snippet and where it comes from. */
public record SearchHit(String id, float score, String text, String snippet, String speaker, String speakerTitle,
                        String level, String region, String date, String doc, String title, String source,
                        Deadline deadline) {

    /** The deadline of a directive hit: type and value (null for documents and directives without one). */
    public record Deadline(String type, String value) {
    }
}
