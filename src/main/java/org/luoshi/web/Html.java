package org.luoshi.web;

/** HTML escaping: every piece of document or query text goes through {@link #esc} before it reaches a page. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Escapes a snippet, then turns the highlighter's 【】 marks into {@code <mark>}. */
    static String snippet(String s) {
        return esc(s).replace("【", "<mark>").replace("】", "</mark>");
    }

    static String page(String title, String body) {
        return "<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + esc(title) + " — luoshi</title>"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em}mark{background:#ffe066}"
                + ".hit{margin:1em 0;padding:.5em;border-bottom:1px solid #ddd}.meta{color:#555;font-size:.9em}"
                + ".facets{font-size:.9em;color:#333}</style></head><body>"
                + "<p><a href=\"/\">搜索 Search</a></p>" + body + "</body></html>";
    }
}
