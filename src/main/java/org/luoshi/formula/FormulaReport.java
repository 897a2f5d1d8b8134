package org.luoshi.formula;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.luoshi.index.SearchHit;

import java.util.List;
import java.util.Map;

/**
 * How one formula spread, and the one JSON shape of it ({@code formulas --format json}, {@code /api/formulas}; README
 * "JSON shapes"). A use is a document whose text holds the phrase, dated by its publication date (else its meeting
 * date); dates are {@code YYYY-MM-DD} ({@code YYYY-MM} or {@code YYYY} where the day or month is not known).
 *
 * @param phrase     the phrase as asked, folded to Simplified
 * @param key        the characters matched, punctuation and spaces left out
 * @param documents  documents holding it (its uses)
 * @param undated    of those, the ones without a date (left out of every count below)
 * @param directives directives holding it
 * @param first      the first dated use, or null
 * @param years      uses per year (every year from the first to the last use), in all and per level code
 *                   ({@code unknown} for documents without a level)
 * @param levels     the first use at each level, national first, with its lag in days after the first national use
 * @param units      the units that used it (level and region), each with its first use and number of uses, by first use
 * @param directiveHits the first directives holding it, oldest first, the phrase highlighted
 */
@JsonPropertyOrder({"phrase", "key", "documents", "undated", "directives", "first", "years", "levels", "units", "directive_hits"})
public record FormulaReport(String phrase, String key, long documents, long undated, long directives, Use first,
                            List<YearCount> years, List<LevelFirst> levels, List<UnitUse> units, List<SearchHit> directiveHits) {

    /** One use: date, document (id, title, source), unit (level code, region path {@code 省/市/县}) and the sentence. */
    @JsonPropertyOrder({"date", "doc", "title", "source", "level", "region", "sentence"})
    public record Use(String date, String doc, String title, String source, String level, String region, String sentence) {
    }

    /** Uses in one year: in all, and per level code (levels without a use left out). */
    @JsonPropertyOrder({"year", "total", "levels"})
    public record YearCount(int year, int total, Map<String, Integer> levels) {
    }

    /**
     * The first use at a level; {@code lagDays} the days after the first national use (negative: before it; null
     * without a national use, and for the national level itself).
     */
    @JsonPropertyOrder({"level", "first", "lag_days", "documents"})
    public record LevelFirst(String level, Use first, Long lagDays, int documents) {
    }

    /** A unit that used the formula: level code, region path (null for national), first date and document, uses. */
    @JsonPropertyOrder({"level", "region", "first_date", "doc", "documents"})
    public record UnitUse(String level, String region, String firstDate, String doc, int documents) {
    }
}
