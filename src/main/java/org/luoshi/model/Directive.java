package org.luoshi.model;

import java.util.List;

/** One instruction sentence of a document, per SCHEMA.md; {@code span} is [start, end) in the normalized text. */
public record Directive(
        String id,
        String text,
        int[] span,
        String modality,
        Speaker speaker,
        List<String> addressees,
        List<String> sectors,
        Deadline deadline) implements java.io.Serializable {

    public Directive {
        addressees = List.copyOf(addressees);
        sectors = List.copyOf(sectors);
    }
}
