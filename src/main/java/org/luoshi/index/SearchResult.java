package org.luoshi.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search, and its JSON shape in CLI and API: the query, the order, the total number of hits, the
 * offset of the first hit shown, the hits, {@code next} (the cursor of the following page for {@code after}, null at
 * the end) and facet counts over all hits (dimension → value → count; years in date order, other values by count;
 * {@link Fields#UNKNOWN} counts hits without a value; a filtered dimension counts as if it were not filtered, so its
 * other values can be added).
 */
@JsonPropertyOrder({"query", "sort", "total", "offset", "next", "hits", "facets"})
public record SearchResult(String query, String sort, long total, long offset, String next, List<SearchHit> hits,
                           Map<String, Map<String, Integer>> facets) {
}
