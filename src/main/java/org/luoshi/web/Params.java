package org.luoshi.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query-string parameters of a request: decoded on the way in (repeated names keep every value), encoded again for
 * the links a page draws. Links are returned unescaped: the templates escape them.
 */
final class Params {
    /** Parameters a change of anything else resets: the position in a result list. */
    private static final List<String> PAGING = List.of("after", "start", "offset");
    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** @throws Inputs.BadInput malformed percent-encoding */
    static Params parse(String raw) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                } catch (IllegalArgumentException e) {
                    throw new Inputs.BadInput("网址参数的百分号编码有误：" + pair);
                }
            }
        }
        return new Params(m);
    }

    static Params of(Map<String, List<String>> values) {
        return new Params(new LinkedHashMap<>(values));
    }

    /** The first value, stripped, or null when absent or blank. */
    String get(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).strip();
    }

    String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    /** Every value given for a name (repeated, or one comma-separated value: both are read by {@link Inputs}). */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    boolean en() {
        return "en".equals(get("lang"));
    }

    /**
     * A link to {@code path} with these parameters and each {@code name, value} pair of {@code changes} set (removed
     * when the value is null). Any change but of the position in the list goes back to its start.
     */
    String link(String path, String... changes) {
        Map<String, List<String>> m = new LinkedHashMap<>(values);
        boolean paging = true;
        for (int i = 0; i + 1 < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                m.remove(changes[i]);
            } else {
                m.put(changes[i], List.of(changes[i + 1]));
            }
            paging &= PAGING.contains(changes[i]);
        }
        if (!paging) {
            PAGING.forEach(m::remove);
        }
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, List<String>> e : m.entrySet()) {
            for (String v : e.getValue()) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                b.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
                sep = '&';
            }
        }
        return b.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
