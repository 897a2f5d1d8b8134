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
                + "<style>" + STYLE + "</style></head><body><nav><a href=\"/\">搜索 Search</a> · <a href=\"/office\">办公室 Office</a></nav>"
                + body + "</body></html>";
    }

    private static final String STYLE = "body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;max-width:80em;margin:1em auto;padding:0 1em}"
            + "nav{margin-bottom:1em}mark{background:#ffe066}.hit{margin:.8em 0;padding:.4em;border-bottom:1px solid #ddd}"
            + ".meta{color:#555;font-size:.9em}.error{color:#a00}.cols{display:flex;gap:1.5em}.main{flex:3}.side{flex:1;font-size:.9em}"
            + ".side ul{padding-left:1.2em;margin:.2em 0}.facet{margin-bottom:.8em}.text{flex:1;white-space:pre-wrap;line-height:1.6}"
            + ".dir{background:#fff3bf}.off{font-weight:bold;color:#1c4f9c}.dl{text-decoration:underline;color:#a04000}"
            + ".dmg{background:#ffc9c9}.quality{background:#f4f4f4;padding:.5em;font-size:.9em}table{border-collapse:collapse}"
            + "td,th{border-bottom:1px solid #ddd;padding:.3em;vertical-align:top;text-align:left}tr.overdue td:first-child{color:#a00}"
            + "tr.relayed td:first-child{color:#070}.relayed{background:#dff5df}.reported_done{background:#d5f0ee}"
            + ".overdue{background:#fbdcdc}.open{border:1px solid #999}";
}
