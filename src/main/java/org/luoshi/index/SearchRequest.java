package org.luoshi.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A search over directives (or documents with {@code documents=true}): the query (Simplified or Traditional; empty
 * or {@code *} for all; Lucene syntax where it is valid syntax, text otherwise, see {@link QueryText}) and filters.
 * Each list filter keeps hits that have any of its values ({@link Fields#UNKNOWN} for hits without a value); filters
 * of different dimensions all apply. {@code deadlines} holds any, overdue, none or deadline types; overdue means a
 * dated deadline before {@code asOf}. Paging: {@code after} (a cursor from {@link SearchResult#next()}) or
 * {@code offset} (hits to skip), then {@code limit} hits. Values are taken as given: user input is checked before
 * (web {@code Inputs}).
 */
public record SearchRequest(String query, List<String> levels, List<String> regions, Integer fromYear, Integer toYear,
                            List<String> sectors, List<String> speakers, List<String> deadlines, LocalDate asOf, Sort sort,
                            int offset, String after, int limit, boolean documents) {

    /** The orders of hits: by score, by date newest first, by date oldest first (undated hits last in both). */
    public enum Sort { relevance, newest, oldest }

    /** The values the deadline filter takes. */
    public static final List<String> DEADLINE_FILTERS = List.of("any", "overdue", "none", "date", "before_event", "recurring", "immediate");

    public SearchRequest {
        levels = levels == null ? List.of() : List.copyOf(levels);
        regions = regions == null ? List.of() : List.copyOf(regions);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        asOf = asOf == null ? LocalDate.now() : asOf;
        sort = sort == null ? Sort.relevance : sort;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, null, Sort.relevance, 0, null, 10, false);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, levels, regions, fromYear, toYear, sectors, speakers, deadlines, asOf, sort, offset, after, n, documents);
    }

    public SearchRequest withLevel(String l) {
        return withLevels(l == null ? List.of() : List.of(l));
    }

    public SearchRequest withLevels(List<String> l) {
        return new SearchRequest(query, l, regions, fromYear, toYear, sectors, speakers, deadlines, asOf, sort, offset, after, limit, documents);
    }

    public SearchRequest withRegions(List<String> r) {
        return new SearchRequest(query, levels, r, fromYear, toYear, sectors, speakers, deadlines, asOf, sort, offset, after, limit, documents);
    }

    public SearchRequest withYears(Integer from, Integer to) {
        return new SearchRequest(query, levels, regions, from, to, sectors, speakers, deadlines, asOf, sort, offset, after, limit, documents);
    }

    public SearchRequest withSectors(List<String> s) {
        return new SearchRequest(query, levels, regions, fromYear, toYear, s, speakers, deadlines, asOf, sort, offset, after, limit, documents);
    }

    public SearchRequest withSpeakers(List<String> s) {
        return new SearchRequest(query, levels, regions, fromYear, toYear, sectors, s, deadlines, asOf, sort, offset, after, limit, documents);
    }

    public SearchRequest withDeadlines(List<String> d, LocalDate on) {
        return new SearchRequest(query, levels, regions, fromYear, toYear, sectors, speakers, d, on, sort, offset, after, limit, documents);
    }

    public SearchRequest withSort(Sort s) {
        return new SearchRequest(query, levels, regions, fromYear, toYear, sectors, speakers, deadlines, asOf, s, offset, after, limit, documents);
    }

    /** From this many hits on ({@code after} cleared). */
    public SearchRequest withOffset(int n) {
        return new SearchRequest(query, levels, regions, fromYear, toYear, sectors, speakers, deadlines, asOf, sort, n, null, limit, documents);
    }

    /** The hits after this cursor ({@code offset} cleared). */
    public SearchRequest withAfter(String cursor) {
        return new SearchRequest(query, levels, regions, fromYear, toYear, sectors, speakers, deadlines, asOf, sort, 0, cursor, limit, documents);
    }

    public SearchRequest withDocuments(boolean d) {
        return new SearchRequest(query, levels, regions, fromYear, toYear, sectors, speakers, deadlines, asOf, sort, offset, after, limit, d);
    }

    /** This request without the filter of one facet dimension (the counts of that dimension's other values). */
    SearchRequest without(String dim) {
        return switch (dim) {
            case Fields.LEVEL -> withLevels(List.of());
            case Fields.REGION -> withRegions(List.of());
            case Fields.YEAR -> withYears(null, null);
            case Fields.SECTOR -> withSectors(List.of());
            case Fields.SPEAKER -> withSpeakers(List.of());
            case Fields.DEADLINE -> withDeadlines(List.of(), asOf);
            default -> this;
        };
    }

    /** The filters of each facet dimension that has any. */
    java.util.Set<String> filteredDimensions() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (!levels.isEmpty()) {
            out.add(Fields.LEVEL);
        }
        if (!regions.isEmpty()) {
            out.add(Fields.REGION);
        }
        if (fromYear != null || toYear != null) {
            out.add(Fields.YEAR);
        }
        if (!sectors.isEmpty()) {
            out.add(Fields.SECTOR);
        }
        if (!speakers.isEmpty()) {
            out.add(Fields.SPEAKER);
        }
        if (!deadlines.isEmpty()) {
            out.add(Fields.DEADLINE);
        }
        return out;
    }
}
