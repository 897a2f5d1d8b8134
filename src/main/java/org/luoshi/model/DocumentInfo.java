package org.luoshi.model;

/** The {@code doc} object of SCHEMA.md: identity, metadata and the normalization quality record. */
public record DocumentInfo(
        String id,
        String source,
        String title,
        String level,
        Region region,
        String meetingDate,
        String published,
        Quality quality) implements java.io.Serializable {

    /** The date a document is placed at: its meeting date, else its publication date (null when neither is known). */
    public String effectiveDate() {
        return meetingDate != null ? meetingDate : published;
    }
}
