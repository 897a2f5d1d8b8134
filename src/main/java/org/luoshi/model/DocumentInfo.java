package org.luoshi.model;

import java.util.List;

/**
 * The {@code doc} object of SCHEMA.md: identity, metadata, the units an official document's 主送 line addresses
 * ({@code addressees}, empty when none) and the normalization quality record.
 */
public record DocumentInfo(
        String id,
        String source,
        String title,
        String level,
        Region region,
        String meetingDate,
        String published,
        List<String> addressees,
        Quality quality) implements java.io.Serializable {

    public DocumentInfo {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
    }

    /** A document with no 主送 line. */
    public DocumentInfo(String id, String source, String title, String level, Region region, String meetingDate,
                        String published, Quality quality) {
        this(id, source, title, level, region, meetingDate, published, List.of(), quality);
    }

    /** The date a document is placed at: its meeting date, else its publication date (null when neither is known). */
    public String effectiveDate() {
        return meetingDate != null ? meetingDate : published;
    }
}
