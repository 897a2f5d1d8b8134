package org.luoshi.model;

import java.util.List;

/**
 * The output of normalization for one input: the original decoded text, the normalized Simplified text every
 * later stage reads, the offset map between them, the quality record and the sentence spans.
 */
public record NormalizedDocument(
        String source,
        String original,
        String text,
        OffsetMap offsets,
        Quality quality,
        List<TextSpan> sentences) implements java.io.Serializable {

    public NormalizedDocument {
        sentences = List.copyOf(sentences);
    }
}
