package org.luoshi.extract;

import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.model.Directive;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Extraction;
import org.luoshi.model.Official;
import org.luoshi.model.NormalizedDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
        OfficialExtractor.Result named = officials.find(doc.text(), PlaceholderSpans.of(doc.quality()));
        List<int[]> nameSpans = named.mentions().stream().map(m -> new int[] {m.start(), m.end()}).toList();
        MetadataExtractor.Metadata meta = metadata.extract(doc, publishedHint, nameSpans);
        OfficialExtractor.Result found = officials.withLevels(named, meta.level(),
                meta.region().code() == null ? null : Gazetteer.get().byCode(meta.region().code()));
        List<Official> people = withSigner(found.officials(), meta.layout().signer(), meta.level());
        List<Directive> ds = directives.extract(id, doc.text(), doc.sentences(), meta.headline(), meta.layout(), found,
                PlaceholderSpans.damage(doc.quality()), meta.meetingDate() != null ? meta.meetingDate() : meta.published());
        DocumentInfo info = new DocumentInfo(id, doc.source(), meta.title(), meta.level(), meta.region(),
                meta.meetingDate(), meta.published(), meta.layout().addressees(), doc.quality());
        return new Extraction(info, people, inCodePoints(ds, doc.text()), doc.text());
    }

    /** The signer of an official document (签发人) is an official with no title at the issuer's level. */
    private static List<Official> withSigner(List<Official> officials, String signer, String level) {
        if (signer == null || officials.stream().anyMatch(o -> o.name().equals(signer))) {
            return officials;
        }
        List<Official> out = new ArrayList<>(officials);
        out.add(new Official(signer, null, level, List.of("mentioned")));
        return out;
    }

    /**
     * Directive spans from UTF-16 offsets into code points, as SCHEMA.md counts them ({@code 𠮷} is one); unchanged
     * for a text without characters outside the BMP.
     */
    static List<Directive> inCodePoints(List<Directive> ds, String text) {
        if (text.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
            return ds;
        }
        List<Directive> out = new ArrayList<>(ds.size());
        for (Directive d : ds) {
            int start = text.codePointCount(0, d.span()[0]);
            int end = start + text.codePointCount(d.span()[0], d.span()[1]);
            out.add(new Directive(d.id(), d.text(), new int[] {start, end}, d.modality(), d.speaker(), d.addressees(),
                    d.sectors(), d.deadline()));
        }
        return out;
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
