package org.luoshi.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query-string parameters of a request: decoded on the way in, encoded again for the links a page draws. */
final class Params {
    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params parse(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                m.putIfAbsent(k, v);
            }
        }
        return new Params(m);
    }

    /** The value, or null when absent or blank. */
    String get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    /** A whole number in [min, max], or {@code fallback} when absent or not a number. */
    int integer(String name, int fallback, int min, int max) {
        try {
            String v = get(name);
            return v == null ? fallback : Math.max(min, Math.min(max, Integer.parseInt(v)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    Integer year(String name) {
        String v = get(name);
        return v != null && v.matches("\\d{4}") ? Integer.valueOf(v) : null;
    }

    /**
     * These parameters with each {@code name, value} pair of {@code changes} set (removed when the value is null),
     * as an escaped link to {@code path}. Any change but of the page itself goes back to page 1.
     */
    String link(String path, String... changes) {
        Map<String, String> m = new LinkedHashMap<>(values);
        boolean pageOnly = true;
        for (int i = 0; i + 1 < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                m.remove(changes[i]);
            } else {
                m.put(changes[i], changes[i + 1]);
            }
            pageOnly &= "page".equals(changes[i]);
        }
        if (!pageOnly) {
            m.remove("page");
        }
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            b.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
            sep = '&';
        }
        return Html.esc(b.toString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
