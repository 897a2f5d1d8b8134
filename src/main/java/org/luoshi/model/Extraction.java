package org.luoshi.model;

import java.util.List;

/** What {@code extract} writes for one document: one JSONL line per SCHEMA.md. */
public record Extraction(DocumentInfo doc, List<Official> officials, List<Directive> directives) {
    public Extraction {
        officials = List.copyOf(officials);
        directives = List.copyOf(directives);
    }
}
