package org.luoshi.index;

import java.util.List;
import java.util.Map;

/** The answer to a search: total hits, the top hits and facet counts over all hits (dimension → value → count). */
public record SearchResult(String query, long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {
}
