package org.luoshi.extract;

import org.luoshi.model.Directive;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Extraction;
import org.luoshi.model.NormalizedDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Extraction of one normalized document, stage after stage: metadata, officials, directives (with speaker,
 * addressees, sectors and deadline). Stateless and thread-safe; the document id is a hash of the normalized text.
 */
public final class DocumentExtractor {
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final OfficialExtractor officials = new OfficialExtractor();
    private final DirectiveExtractor directives = new DirectiveExtractor();

    public Extraction extract(NormalizedDocument doc, String publishedHint) {
        String id = documentId(doc.text());
        OfficialExtractor.Result named = officials.extract(doc.text(), null, PlaceholderSpans.of(doc.quality()));
        List<int[]> nameSpans = named.mentions().stream().map(m -> new int[] {m.start(), m.end()}).toList();
        MetadataExtractor.Metadata meta = metadata.extract(doc, publishedHint, nameSpans);
        OfficialExtractor.Result found = officials.extract(doc.text(), meta.level(), PlaceholderSpans.of(doc.quality()));
        List<Directive> ds = directives.extract(id, doc.text(), doc.sentences(), meta.headline(), found,
                PlaceholderSpans.damage(doc.quality()), meta.meetingDate() != null ? meta.meetingDate() : meta.published());
        DocumentInfo info = new DocumentInfo(id, doc.source(), meta.title(), meta.level(), meta.region(),
                meta.meetingDate(), meta.published(), doc.quality());
        return new Extraction(info, found.officials(), ds, doc.text());
    }

    /** Hex of the first 16 bytes of the SHA-256 of the normalized text. */
    public static String documentId(String normalizedText) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(normalizedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
