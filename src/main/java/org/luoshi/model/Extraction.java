package org.luoshi.model;

import java.util.List;

/**
 * What {@code extract} writes for one document: one JSONL line per SCHEMA.md, plus the normalized {@code text}
 * the spans point into (an added field, as SCHEMA.md allows), so later stages need not normalize again.
 */
public record Extraction(DocumentInfo doc, List<Official> officials, List<Directive> directives, String text) implements java.io.Serializable {
    public Extraction {
        officials = List.copyOf(officials);
        directives = List.copyOf(directives);
    }
}
