package org.luoshi.model;

import java.util.List;

/**
 * What normalization found and did to one document: the {@code doc.quality} record of SCHEMA.md
 * ({@code encoding}, {@code traditional}, {@code pinyin_glosses_removed}, {@code damaged_spans}) plus what was
 * stripped, which placeholders were kept and how many lost characters and shifted runs were repaired.
 */
public record Quality(
        String encoding,
        boolean bom,
        boolean traditional,
        int pinyinGlossesRemoved,
        List<DamagedSpan> damagedSpans,
        int lostCharactersRecovered,
        int shiftedRunsRepaired,
        List<StrippedText> stripped,
        List<Placeholder> placeholders,
        int punctuationWidened) implements java.io.Serializable {

    public Quality {
        damagedSpans = List.copyOf(damagedSpans);
        stripped = List.copyOf(stripped);
        placeholders = List.copyOf(placeholders);
    }

    public long damagedRepairedCount() {
        return damagedSpans.stream().filter(DamagedSpan::repaired).count();
    }
}
