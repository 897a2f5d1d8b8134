package org.luoshi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.SearchHit;
import org.luoshi.model.Json;
import org.luoshi.track.LinkFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The document page: the normalized text with directives, officials, deadlines and damaged spans marked in place,
 * the quality record, the decoded original beside it, and the document's links — citations up to higher meetings,
 * relays up (its directives restating higher ones) and relays down (lower directives restating its own).
 */
final class DocumentPage {
    private static final int DIRECTIVE = 1;
    private static final int OFFICIAL = 2;
    private static final int DEADLINE = 4;
    private static final int DAMAGED = 8;

    private DocumentPage() {
    }

    /** The API answer: the stored extraction record plus {@code original} and {@code links}; null when unknown. */
    static String json(String id, DirectiveSearcher s, Path links) throws IOException {
        String rec = s.documentRecord(id);
        if (rec == null) {
            return null;
        }
        ObjectNode n = (ObjectNode) Json.mapper().readTree(rec);
        n.put("original", s.original(id));
        n.set("links", Json.mapper().valueToTree(LinkFile.ofDocument(links, id)));
        return Json.mapper().writeValueAsString(n);
    }

    static Response render(String id, DirectiveSearcher s, Path links) throws IOException {
        String rec = s.documentRecord(id);
        if (rec == null) {
            return Response.html(404, "not found", "<p>No document " + Html.esc(id) + " in the index.</p>");
        }
        JsonNode r = Json.mapper().readTree(rec);
        String text = r.path("text").asText("");
        JsonNode doc = r.path("doc");
        JsonNode quality = doc.path("quality");
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(doc.path("title").asText(doc.path("source").asText()))).append("</h1><p class=\"meta\">")
                .append(Html.esc(doc.path("level").asText("level unknown"))).append(" · ")
                .append(Html.esc(doc.path("region").path("path").isEmpty() ? "region not named"
                        : String.join("/", Json.mapper().convertValue(doc.path("region").path("path"), String[].class))))
                .append(" · meeting ").append(Html.esc(doc.path("meeting_date").asText("—"))).append(" · published ")
                .append(Html.esc(doc.path("published").asText("—"))).append(" · source ").append(Html.esc(doc.path("source").asText()))
                .append("</p>");
        quality(b, quality, text);
        b.append("<p class=\"meta legend\"><span class=\"dir\">directive</span> <span class=\"off\">official</span> "
                + "<span class=\"dl\">deadline</span> <span class=\"dmg\">damaged</span></p>");
        String original = s.original(id);
        b.append("<div class=\"cols\"><div class=\"text\" id=\"normalized\"><h2>Normalized</h2>").append(marked(r, text))
                .append("</div><div class=\"text\" id=\"original\"><h2>Original</h2>")
                .append(original == null ? "<p class=\"meta\">(not stored for this document)</p>" : Html.esc(original))
                .append("</div></div>");
        officials(b, r);
        links(b, id, s, links);
        return Response.html(200, doc.path("title").asText("document"), b.toString());
    }

    private static void quality(StringBuilder b, JsonNode q, String text) {
        b.append("<div class=\"quality\" id=\"quality\"><b>Quality</b> encoding ").append(Html.esc(q.path("encoding").asText()))
                .append(q.path("traditional").asBoolean() ? " · Traditional, converted" : "")
                .append(" · pinyin glosses removed ").append(q.path("pinyin_glosses_removed").asInt())
                .append(" · damaged spans ").append(q.path("damaged_spans").size());
        int repaired = 0;
        for (JsonNode d : q.path("damaged_spans")) {
            repaired += d.path("repaired").asBoolean() ? 1 : 0;
        }
        b.append(" (").append(repaired).append(" repaired)");
        if (q.has("lost_characters_recovered")) {
            b.append(" · lost characters recovered ").append(q.path("lost_characters_recovered").asInt());
        }
        if (q.path("stripped").size() > 0) {
            b.append(" · web residue stripped ").append(q.path("stripped").size());
        }
        if (q.path("damaged_spans").size() > 0) {
            b.append("<ul>");
            for (JsonNode d : q.path("damaged_spans")) {
                int start = Math.max(0, Math.min(text.length(), d.path("start").asInt()));
                int end = Math.max(start, Math.min(text.length(), d.path("end").asInt()));
                b.append("<li>[").append(start).append(", ").append(end).append(") ").append(Html.esc(d.path("kind").asText("")))
                        .append(d.path("repaired").asBoolean() ? " repaired: " : " not repaired: ")
                        .append("<span class=\"dmg\">").append(Html.esc(text.substring(start, end))).append("</span></li>");
            }
            b.append("</ul>");
        }
        b.append("</div>");
    }

    /** The text with a class per character (directive, official name, deadline, damage), written as runs. */
    static String marked(JsonNode r, String text) {
        int[] mask = new int[text.length()];
        String[] directiveAt = new String[text.length()];
        for (JsonNode d : r.path("directives")) {
            int start = d.path("span").path(0).asInt();
            int end = Math.min(text.length(), d.path("span").path(1).asInt());
            for (int i = Math.max(0, start); i < end; i++) {
                mask[i] |= DIRECTIVE;
                directiveAt[i] = d.path("id").asText();
            }
            String dl = d.path("deadline").path("text").asText("");
            int at = dl.isEmpty() || start < 0 || start >= end ? -1 : text.substring(start, end).indexOf(dl);
            if (at >= 0) {
                paint(mask, start + at, start + at + dl.length(), DEADLINE);
            }
        }
        for (JsonNode o : r.path("officials")) {
            String name = o.path("name").asText("");
            for (int i = name.length() < 2 ? -1 : text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                paint(mask, i, i + name.length(), OFFICIAL);
            }
        }
        for (JsonNode d : r.path("doc").path("quality").path("damaged_spans")) {
            paint(mask, d.path("start").asInt(), d.path("end").asInt(), DAMAGED);
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int j = i + 1;
            while (j < text.length() && mask[j] == mask[i] && java.util.Objects.equals(directiveAt[j], directiveAt[i])) {
                j++;
            }
            String run = Html.esc(text.substring(i, j));
            if (mask[i] == 0) {
                b.append(run);
            } else {
                b.append("<span class=\"").append(classes(mask[i])).append('"');
                if (directiveAt[i] != null) {
                    b.append(" title=\"").append(Html.esc(directiveAt[i])).append('"');
                }
                b.append('>').append(run).append("</span>");
            }
            i = j;
        }
        return b.toString();
    }

    private static void paint(int[] mask, int start, int end, int bit) {
        for (int i = Math.max(0, start); i < Math.min(mask.length, end); i++) {
            mask[i] |= bit;
        }
    }

    private static String classes(int m) {
        StringBuilder c = new StringBuilder();
        if ((m & DIRECTIVE) != 0) {
            c.append("dir ");
        }
        if ((m & OFFICIAL) != 0) {
            c.append("off ");
        }
        if ((m & DEADLINE) != 0) {
            c.append("dl ");
        }
        if ((m & DAMAGED) != 0) {
            c.append("dmg ");
        }
        return c.toString().strip();
    }

    private static void officials(StringBuilder b, JsonNode r) {
        b.append("<h2>Officials</h2><ul id=\"officials\">");
        if (r.path("officials").isEmpty()) {
            b.append("<li class=\"meta\">none named</li>");
        }
        for (JsonNode o : r.path("officials")) {
            b.append("<li><a href=\"/?q=*&amp;speaker=").append(Params.enc(o.path("name").asText())).append("\">")
                    .append(Html.esc(o.path("name").asText())).append("</a> — ").append(Html.esc(o.path("title").asText("")))
                    .append(" <span class=\"meta\">").append(Html.esc(o.path("level").asText(""))).append(' ')
                    .append(Html.esc(o.path("roles").toString())).append("</span></li>");
        }
        b.append("</ul>");
    }

    private static void links(StringBuilder b, String id, DirectiveSearcher s, Path links) throws IOException {
        List<JsonNode> all = LinkFile.ofDocument(links, id);
        StringBuilder up = new StringBuilder();
        StringBuilder relUp = new StringBuilder();
        StringBuilder relDown = new StringBuilder();
        for (JsonNode l : all) {
            String from = l.path("from").asText();
            String to = l.path("to").isNull() ? null : l.path("to").asText();
            JsonNode ev = l.path("evidence");
            if ("citation".equals(l.path("type").asText()) && from.equals(id)) {
                up.append("<li>cites ").append(Html.esc(ev.path("level").asText("")) + " " + Html.esc(ev.path("kind").asText(""))
                        + (ev.path("date").isNull() ? "" : " of " + Html.esc(ev.path("date").asText())));
                up.append(to == null ? " — <i>not ingested</i>" : " → <a href=\"/doc/" + Html.esc(to) + "\">" + title(s, to) + "</a>");
                up.append("<div class=\"meta\">").append(Html.esc(ev.path("text").asText(""))).append("</div></li>");
            } else if ("relay".equals(l.path("type").asText())) {
                boolean mineFrom = from.startsWith(id + "#");
                String other = mineFrom ? to : from;
                StringBuilder into = mineFrom ? relUp : relDown;
                SearchHit o = other == null ? null : s.directive(other);
                into.append("<li>").append(Html.esc(mineFrom ? from : to)).append(mineFrom ? " restates " : " is restated by ")
                        .append(o == null ? Html.esc(other) : "<a href=\"/doc/" + Html.esc(o.doc()) + "\">" + Html.esc(o.level()) + " "
                                + Html.esc(o.region()) + " " + Html.esc(o.date()) + "</a>")
                        .append(String.format(java.util.Locale.ROOT, " (score %.2f)", l.path("score").asDouble()))
                        // The lineage is the higher directive's: 'to' whichever side this document is on.
                        .append(" · <a href=\"/lineage?directive=").append(Params.enc(to)).append("\">lineage</a>")
                        .append("<div class=\"meta\">").append(o == null ? "" : Html.esc(o.text())).append("</div></li>");
            }
        }
        b.append("<h2>Citations up</h2><ul id=\"citations\">").append(up.length() == 0 ? "<li class=\"meta\">none found</li>" : up).append("</ul>");
        b.append("<h2>Relays up</h2><ul id=\"relays-up\">").append(relUp.length() == 0 ? "<li class=\"meta\">none found</li>" : relUp).append("</ul>");
        b.append("<h2>Relays down</h2><ul id=\"relays-down\">").append(relDown.length() == 0 ? "<li class=\"meta\">none found</li>" : relDown).append("</ul>");
    }

    private static String title(DirectiveSearcher s, String docId) throws IOException {
        String rec = s.documentRecord(docId);
        if (rec == null) {
            return Html.esc(docId);
        }
        JsonNode d = Json.mapper().readTree(rec).path("doc");
        return Html.esc(d.path("title").asText(d.path("source").asText()));
    }
}
