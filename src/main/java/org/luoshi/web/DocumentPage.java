package org.luoshi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.SearchHit;
import org.luoshi.model.Json;
import org.luoshi.track.LinkFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The document page: the normalized text with directives (each an anchor {@code #dN}), officials, deadlines and
 * damaged spans marked in place, the quality record, the decoded original beside it, the document's permalink, and
 * its links — citations up to higher meetings, relays up (its directives restating higher ones) and relays down
 * (lower directives restating its own).
 */
public final class DocumentPage {
    private static final int DIRECTIVE = 1;
    private static final int OFFICIAL = 2;
    private static final int DEADLINE = 4;
    private static final int DAMAGED = 8;

    private DocumentPage() {
    }

    /** The page's model. */
    public record View(T t, String id, String title, String level, String region, String meeting, String published, String source,
                       String permalink, Quality quality, List<Run> runs, String original, List<Official> officials,
                       List<Item> citations, List<Item> relaysUp, List<Item> relaysDown) {
    }

    /** The quality record in short. */
    public record Quality(String encoding, boolean traditional, int glosses, int damaged, int repaired, int lost, int stripped,
                          List<String> damages) {
    }

    /** A run of text of one marking: CSS classes, the directive it belongs to, the anchor where a directive starts. */
    public record Run(String text, String cls, String directive, String anchor) {
    }

    /** An official named in the document. */
    public record Official(String name, String title, String level, String roles, String href) {
    }

    /** A link of the document: what it says, where it leads (null when not ingested), a lineage link, a quote. */
    public record Item(String text, String href, String linkText, String lineage, String quote) {
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

    /** The page, or null when the index has no such document. */
    static String render(String id, DirectiveSearcher s, Path links, T t) throws IOException {
        String rec = s.documentRecord(id);
        if (rec == null) {
            return null;
        }
        JsonNode r = Json.mapper().readTree(rec);
        String text = r.path("text").asText("");
        JsonNode doc = r.path("doc");
        List<String> path = new ArrayList<>();
        doc.path("region").path("path").forEach(p -> path.add(p.asText()));
        String source = doc.path("source").asText();
        View v = new View(t, id, doc.path("title").asText(source), t.level(doc.path("level").isNull() ? null : doc.path("level").asText()),
                path.isEmpty() ? t.t("地区不详", "region not named") : String.join("/", path), t.date(doc.path("meeting_date").asText(null)),
                t.date(doc.path("published").asText(null)), source, Views.permalink(source, null, t), quality(doc.path("quality"), text),
                marked(r, text), s.original(id), officials(r, t), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        links(v, id, s, links, t);
        return Templates.render("document.jte", v);
    }

    private static Quality quality(JsonNode q, String text) {
        int repaired = 0;
        List<String> damages = new ArrayList<>();
        for (JsonNode d : q.path("damaged_spans")) {
            repaired += d.path("repaired").asBoolean() ? 1 : 0;
            int start = Math.max(0, Math.min(text.length(), d.path("start").asInt()));
            int end = Math.max(start, Math.min(text.length(), d.path("end").asInt()));
            damages.add("[" + start + ", " + end + ") " + d.path("kind").asText("") + (d.path("repaired").asBoolean() ? " ✓ " : " ✗ ")
                    + text.substring(start, end));
        }
        return new Quality(q.path("encoding").asText(), q.path("traditional").asBoolean(), q.path("pinyin_glosses_removed").asInt(),
                q.path("damaged_spans").size(), repaired, q.path("lost_characters_recovered").asInt(0), q.path("stripped").size(), damages);
    }

    /** The text as runs of one marking each (directive, official name, deadline, damage). */
    static List<Run> marked(JsonNode r, String text) {
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
        List<Run> runs = new ArrayList<>();
        String lastDirective = null;
        int i = 0;
        while (i < text.length()) {
            int j = i + 1;
            while (j < text.length() && mask[j] == mask[i] && Objects.equals(directiveAt[j], directiveAt[i])) {
                j++;
            }
            String dir = directiveAt[i];
            String anchor = dir != null && !dir.equals(lastDirective) && dir.contains("#") ? "d" + dir.substring(dir.indexOf('#') + 1) : null;
            runs.add(new Run(text.substring(i, j), classes(mask[i]), dir, anchor));
            lastDirective = dir;
            i = j;
        }
        return runs;
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

    private static List<Official> officials(JsonNode r, T t) {
        List<Official> out = new ArrayList<>();
        for (JsonNode o : r.path("officials")) {
            List<String> roles = new ArrayList<>();
            o.path("roles").forEach(x -> roles.add(t.role(x.asText())));
            out.add(new Official(o.path("name").asText(), o.path("title").asText(""), t.level(o.path("level").isNull() ? null : o.path("level").asText()),
                    String.join("、", roles), t.to("/?speaker=" + Params.enc(o.path("name").asText()))));
        }
        return out;
    }

    private static void links(View v, String id, DirectiveSearcher s, Path links, T t) throws IOException {
        for (JsonNode l : LinkFile.ofDocument(links, id)) {
            String from = l.path("from").asText();
            String to = l.path("to").isNull() ? null : l.path("to").asText();
            JsonNode ev = l.path("evidence");
            if ("citation".equals(l.path("type").asText()) && from.equals(id)) {
                String what = t.t("引用", "cites") + " " + t.level(ev.path("level").asText(null)) + " " + ev.path("kind").asText("")
                        + (ev.path("date").isNull() ? "" : " " + t.date(ev.path("date").asText()));
                v.citations().add(new Item(what, to == null ? null : t.to("/doc/" + to), to == null ? t.t("未收录", "not ingested") : title(s, to),
                        null, ev.path("text").asText("")));
            } else if ("relay".equals(l.path("type").asText())) {
                boolean mineFrom = from.startsWith(id + "#");
                String other = mineFrom ? to : from;
                SearchHit o = other == null ? null : s.directive(other);
                String what = (mineFrom ? from : to) + (mineFrom ? t.t(" 传达了 ", " restates ") : t.t(" 被传达于 ", " is restated by "))
                        + String.format(Locale.ROOT, "（%.2f）", l.path("score").asDouble());
                String href = o == null ? null : t.to("/doc/" + o.doc()) + (o.ordinal() == null ? "" : "#d" + o.ordinal());
                String linkText = o == null ? other : t.level(o.level()) + " " + (o.region() == null ? "" : o.region()) + " " + t.date(o.date());
                // The lineage is the higher directive's: 'to' whichever side this document is on.
                (mineFrom ? v.relaysUp() : v.relaysDown()).add(new Item(what, href, linkText,
                        t.to("/lineage?directive=" + Params.enc(to)), o == null ? "" : o.text()));
            }
        }
    }

    private static String title(DirectiveSearcher s, String docId) throws IOException {
        String rec = s.documentRecord(docId);
        if (rec == null) {
            return docId;
        }
        JsonNode d = Json.mapper().readTree(rec).path("doc");
        return d.path("title").asText(d.path("source").asText());
    }
}
