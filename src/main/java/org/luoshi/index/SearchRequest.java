package org.luoshi.index;

import java.time.LocalDate;

/**
 * A search over directives (or documents with {@code documents=true}): the query in Lucene syntax (Simplified or
 * Traditional; empty or {@code *} for all) and optional filters. {@code deadline} is any, overdue, none or a deadline type;
 * overdue means a dated deadline before {@code asOf}.
 */
public record SearchRequest(String query, String level, String region, Integer fromYear, Integer toYear, String sector,
                            String speaker, String deadline, LocalDate asOf, int limit, boolean documents) {

    /** The values the deadline filter takes. */
    public static final java.util.List<String> DEADLINE_FILTERS = java.util.List.of("any", "overdue", "none", "date", "before_event", "recurring", "immediate");

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, LocalDate.now(), 10, false);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, level, region, fromYear, toYear, sector, speaker, deadline, asOf, n, documents);
    }

    public SearchRequest withLevel(String l) {
        return new SearchRequest(query, l, region, fromYear, toYear, sector, speaker, deadline, asOf, limit, documents);
    }

    public SearchRequest withDocuments(boolean d) {
        return new SearchRequest(query, level, region, fromYear, toYear, sector, speaker, deadline, asOf, limit, d);
    }
}
