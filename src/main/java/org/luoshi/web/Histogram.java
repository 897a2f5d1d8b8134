package org.luoshi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The years of a set of hits as a bar chart, laid out on the server and drawn by the template as inline SVG (no
 * script: the Content-Security-Policy allows none). Each bar is a link filtering by its year.
 */
public record Histogram(int width, int height, List<Bar> bars) {
    static final int BAR = 22;
    static final int GAP = 4;
    static final int PLOT = 90;

    /** One year: its box, its year and count, where it links. */
    public record Bar(int x, int y, int w, int h, String year, long count, String href, int labelY) {
    }

    /**
     * @param years year → count in date order (the year facet; {@code unknown} is left out)
     * @return null when there are fewer than two years to compare
     */
    static Histogram of(Map<String, Integer> years, Function<String, String> link) {
        List<Map.Entry<String, Integer>> shown = years.entrySet().stream().filter(e -> e.getKey().matches("\\d{4}")).toList();
        if (shown.size() < 2) {
            return null;
        }
        long max = shown.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        int x = GAP;
        for (Map.Entry<String, Integer> e : shown) {
            int h = (int) Math.max(1, Math.round(PLOT * (double) e.getValue() / max));
            bars.add(new Bar(x, 14 + PLOT - h, BAR, h, e.getKey(), e.getValue(), link.apply(e.getKey()), 14 + PLOT + 14));
            x += BAR + GAP;
        }
        return new Histogram(x, PLOT + 34, bars);
    }
}
