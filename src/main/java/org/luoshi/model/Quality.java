package org.luoshi.model;

import java.util.List;

/**
 * What normalization found and did to one document: the {@code doc.quality} record of SCHEMA.md
 * ({@code encoding}, {@code traditional}, {@code pinyin_glosses_removed}, {@code damaged_spans}) plus what was
 * stripped, which placeholders were kept and how many lost characters and shifted runs were repaired, and the
 * publishing outlet named in the page ({@code outlet}: {@code 石狮日报} from {@code 来源：石狮日报}, {@code 云上英山} from
 * {@code 云上英山讯（记者…）}; null when none is named), which is evidence for the region.
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
        int punctuationWidened,
        String outlet) implements java.io.Serializable {

    public Quality {
        damagedSpans = List.copyOf(damagedSpans);
        stripped = List.copyOf(stripped);
        placeholders = List.copyOf(placeholders);
    }

    /** A record that names no outlet. */
    public Quality(String encoding, boolean bom, boolean traditional, int pinyinGlossesRemoved,
                   List<DamagedSpan> damagedSpans, int lostCharactersRecovered, int shiftedRunsRepaired,
                   List<StrippedText> stripped, List<Placeholder> placeholders, int punctuationWidened) {
        this(encoding, bom, traditional, pinyinGlossesRemoved, damagedSpans, lostCharactersRecovered,
                shiftedRunsRepaired, stripped, placeholders, punctuationWidened, null);
    }

    public long damagedRepairedCount() {
        return damagedSpans.stream().filter(DamagedSpan::repaired).count();
    }
}
