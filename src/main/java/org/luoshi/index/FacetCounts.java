package org.luoshi.index;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts of a set of hits, dimension by dimension: years all, in date order; other values by count (at most
 * {@value #TOP}, the region dimension as province and {@code 省/市} keys); and {@link Fields#UNKNOWN}, the hits with no
 * value, for the dimensions a hit has at most one value of (level, region, year, speaker). Sector and deadline always
 * have a value (a directive without a named sector is {@code 综合}, one without a deadline {@code none}).
 */
final class FacetCounts {
    static final int TOP = 20;

    private FacetCounts() {
    }

    /** The dimensions counted for directive hits and for document hits. */
    static List<String> dimensions(boolean documents) {
        return documents ? List.of(Fields.LEVEL, Fields.REGION, Fields.YEAR) : Arrays.asList(Fields.FACETS);
    }

    /** The counts of every dimension over the hits {@code fc} collected, in one pass; null without facet data. */
    static Facets counted(SortedSetDocValuesReaderState state, FacetsCollector fc) throws IOException {
        return state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
    }

    /** One dimension's counts, of {@code total} hits counted in {@code facets}; empty where the index has no such values. */
    static Map<String, Integer> count(java.util.Set<String> dims, Facets facets, long total, String dim) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (facets == null || !dims.contains(dim)) {
            return out;
        }
        List<LabelAndValue> all = all(facets, dim);
        long withValue = 0;
        for (LabelAndValue lv : all) {
            withValue += lv.value.longValue();
        }
        List<LabelAndValue> shown = new ArrayList<>(all);
        if (dim.equals(Fields.YEAR)) {
            shown.sort(Comparator.comparing(lv -> lv.label));
        } else {
            shown.sort(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label));
            shown = shown.subList(0, Math.min(TOP, shown.size()));
        }
        for (LabelAndValue lv : shown) {
            out.put(lv.label, lv.value.intValue());
            if (dim.equals(Fields.REGION)) {
                for (LabelAndValue c : top(facets, dim, lv.label)) {
                    out.put(lv.label + "/" + c.label, c.value.intValue());
                }
            }
        }
        boolean single = dim.equals(Fields.LEVEL) || dim.equals(Fields.REGION) || dim.equals(Fields.YEAR) || dim.equals(Fields.SPEAKER);
        if (single && total > withValue) {
            out.put(Fields.UNKNOWN, (int) (total - withValue));
        }
        return out;
    }

    private static List<LabelAndValue> all(Facets facets, String dim) throws IOException {
        try {
            FacetResult r = facets.getAllChildren(dim);
            return r == null ? List.of() : Arrays.asList(r.labelValues);
        } catch (IllegalArgumentException e) {
            return List.of(); // the dimension has no values in this index
        }
    }

    private static List<LabelAndValue> top(Facets facets, String dim, String... path) throws IOException {
        try {
            FacetResult r = facets.getTopChildren(TOP, dim, path);
            return r == null ? List.of() : Arrays.asList(r.labelValues);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
