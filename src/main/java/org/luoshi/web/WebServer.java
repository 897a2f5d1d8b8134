package org.luoshi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.MissingIndexException;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.index.SearchHit;
import org.luoshi.index.SearchRequest;
import org.luoshi.index.SearchResult;
import org.luoshi.model.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The local web UI over a data directory, on the JDK's own HTTP server: a search page and a document page,
 * server-rendered with every text escaped, and a JSON API under {@code /api/} with the CLI's shapes. Pages carry
 * a Content-Security-Policy that allows no script at all. Only GET, bounded request lines, and only what the index
 * holds is served — no file of the data directory is read by path.
 */
public final class WebServer implements AutoCloseable {
    static final int MAX_QUERY = 4096;
    private static final Pattern DOC_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final Path index;

    public WebServer(Path data, String host, int port) throws IOException {
        this.index = data.resolve("index");
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
    }

    public void start() {
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            URI uri = ex.getRequestURI();
            if (!"GET".equals(ex.getRequestMethod())) {
                send(ex, 405, "text/plain", "only GET");
                return;
            }
            if (uri.getRawQuery() != null && uri.getRawQuery().length() > MAX_QUERY) {
                send(ex, 414, "text/plain", "request too long");
                return;
            }
            Map<String, String> q = params(uri.getRawQuery());
            String path = uri.getPath();
            switch (path) {
                case "/" -> searchPage(ex, q);
                case "/api/search" -> apiSearch(ex, q);
                case "/office" -> officePage(ex, q);
                case "/api/track" -> apiTrack(ex, q);
                case "/lineage" -> lineagePage(ex, q);
                default -> {
                    if (path.startsWith("/doc/") && DOC_ID.matcher(path.substring(5)).matches()) {
                        docPage(ex, path.substring(5));
                    } else if (path.startsWith("/api/doc/") && DOC_ID.matcher(path.substring(9)).matches()) {
                        apiDoc(ex, path.substring(9));
                    } else {
                        send(ex, 404, "text/html", Html.page("not found", "<p>No such page.</p>"));
                    }
                }
            }
        } catch (QuerySyntaxException e) {
            send(ex, 400, "text/html", Html.page("bad query", "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>"));
        } catch (MissingIndexException e) {
            send(ex, 503, "text/html", Html.page("no index", "<p>" + Html.esc(e.getMessage()) + "</p>"));
        } catch (RuntimeException e) {
            send(ex, 500, "text/plain", "internal error");
        } finally {
            ex.close();
        }
    }

    private SearchRequest request(Map<String, String> q) {
        return new SearchRequest(q.getOrDefault("q", "*"), blank(q.get("level")), blank(q.get("region")), year(q.get("from")),
                year(q.get("to")), blank(q.get("sector")), blank(q.get("speaker")), blank(q.get("deadline")), LocalDate.now(),
                Math.min(100, Math.max(1, year(q.get("limit")) == null ? 20 : year(q.get("limit")))), "1".equals(q.get("docs")));
    }

    private void apiSearch(HttpExchange ex, Map<String, String> q) throws IOException, QuerySyntaxException, MissingIndexException {
        try (DirectiveSearcher s = new DirectiveSearcher(index)) {
            send(ex, 200, "application/json", Json.mapper().writeValueAsString(s.search(request(q))));
        }
    }

    private void searchPage(HttpExchange ex, Map<String, String> q) throws IOException, QuerySyntaxException, MissingIndexException {
        String query = q.getOrDefault("q", "");
        StringBuilder b = new StringBuilder();
        b.append("<form method=\"get\" action=\"/\"><input name=\"q\" size=\"40\" value=\"").append(Html.esc(query))
                .append("\" placeholder=\"隐患排查 / 隱患排查\"> <select name=\"level\"><option value=\"\">all levels</option>");
        for (String l : new String[] {"national", "province", "city", "county", "district", "township"}) {
            b.append("<option").append(l.equals(q.get("level")) ? " selected" : "").append('>').append(l).append("</option>");
        }
        b.append("</select> <input name=\"region\" size=\"8\" placeholder=\"region\" value=\"").append(Html.esc(q.getOrDefault("region", "")))
                .append("\"> <button>Search</button></form>");
        if (!query.isBlank()) {
            SearchResult r;
            try (DirectiveSearcher s = new DirectiveSearcher(index)) {
                r = s.search(request(q));
            } catch (QuerySyntaxException e) {
                b.append("<p class=\"error\">").append(Html.esc(e.getMessage())).append("</p>");
                send(ex, 400, "text/html", Html.page(query, b.toString()));
                return;
            }
            b.append("<p class=\"meta\">").append(r.total()).append(" directives match</p>");
            for (SearchHit h : r.hits()) {
                b.append("<div class=\"hit\"><div>").append(Html.snippet(h.snippet())).append("</div><div class=\"meta\">[")
                        .append(Html.esc(h.level())).append("] ").append(Html.esc(h.region())).append(' ').append(Html.esc(h.date()));
                if (h.speaker() != null) {
                    b.append(" · ").append(Html.esc(h.speaker()));
                }
                if (h.deadline() != null) {
                    b.append(" · deadline ").append(Html.esc(h.deadline().type())).append(' ').append(Html.esc(h.deadline().value()));
                }
                b.append(" · <a href=\"/doc/").append(Html.esc(h.doc())).append("\">document</a></div></div>");
            }
            b.append("<div class=\"facets\">");
            r.facets().forEach((dim, counts) -> {
                if (!counts.isEmpty()) {
                    b.append("<p><b>").append(Html.esc(dim)).append("</b>: ");
                    counts.forEach((k, v) -> b.append(Html.esc(k)).append(" (").append(v).append(") "));
                    b.append("</p>");
                }
            });
            b.append("</div>");
        }
        send(ex, 200, "text/html", Html.page(query.isBlank() ? "search" : query, b.toString()));
    }

    private java.util.List<org.luoshi.track.LedgerRow> officeRows(Map<String, String> q) throws IOException {
        java.nio.file.Path ledger = index.getParent().resolve("ledger.jsonl");
        String unit = q.getOrDefault("unit", "");
        if (unit.isBlank() || !java.nio.file.Files.isRegularFile(ledger)) {
            return java.util.List.of();
        }
        java.util.List<String> statuses = blank(q.get("status")) == null ? null : java.util.List.of(q.get("status").split(","));
        return org.luoshi.track.LedgerQuery.forUnit(ledger, unit, asOf(q), statuses);
    }

    private static String asOf(Map<String, String> q) {
        String a = q.get("as_of");
        return a != null && a.matches("\\d{4}-\\d{2}-\\d{2}") ? a : LocalDate.now().toString();
    }

    private void apiTrack(HttpExchange ex, Map<String, String> q) throws IOException {
        send(ex, 200, "application/json", org.luoshi.track.LedgerFormats.json(q.getOrDefault("unit", ""), officeRows(q), asOf(q)));
    }

    private void officePage(HttpExchange ex, Map<String, String> q) throws IOException {
        java.util.List<org.luoshi.track.LedgerRow> rows = officeRows(q);
        String unit = q.getOrDefault("unit", "");
        if ("csv".equals(q.get("format"))) {
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"ledger.csv\"");
            send(ex, 200, "text/csv", org.luoshi.track.LedgerFormats.csv(rows, asOf(q)));
            return;
        }
        StringBuilder b = new StringBuilder("<h1>Office — instructions from above</h1><form method=\"get\" action=\"/office\">"
                + "<input name=\"unit\" placeholder=\"运城 / 1408\" value=\"" + Html.esc(unit) + "\"> as of <input name=\"as_of\" size=\"10\" value=\""
                + Html.esc(asOf(q)) + "\"> <button>Show</button></form>");
        if (!unit.isBlank()) {
            if (rows.isEmpty()) {
                b.append("<p>No instructions from above for ").append(Html.esc(unit)).append(" in the ledger.</p>");
            } else {
                b.append("<p class=\"meta\">").append(Html.esc(rows.get(0).unitName())).append(" · ").append(rows.size())
                        .append(" rows · <a href=\"/office?format=csv&amp;unit=").append(Html.esc(java.net.URLEncoder.encode(unit, StandardCharsets.UTF_8)))
                        .append("&amp;as_of=").append(Html.esc(asOf(q))).append("\">export CSV</a></p><table>");
                for (org.luoshi.track.LedgerRow r : rows) {
                    b.append("<tr><td><b>").append(Html.esc(r.statusAsOf(asOf(q)))).append("</b></td><td>").append(Html.esc(r.text()))
                            .append("<div class=\"meta\">").append(Html.esc(r.fromUnit())).append(' ').append(Html.esc(r.date()))
                            .append(r.deadlineType() == null ? "" : " · deadline " + Html.esc(r.deadlineType()) + " " + Html.esc(r.deadlineValue()))
                            .append(" · <a href=\"/lineage?directive=").append(Html.esc(java.net.URLEncoder.encode(r.directive(), StandardCharsets.UTF_8)))
                            .append("\">lineage</a></div>");
                    for (String e : r.evidence()) {
                        b.append("<div class=\"meta\">").append(Html.esc(e)).append("</div>");
                    }
                    b.append("</td></tr>");
                }
                b.append("</table>");
            }
        }
        send(ex, 200, "text/html", Html.page("office", b.toString()));
    }

    private void lineagePage(HttpExchange ex, Map<String, String> q) throws IOException {
        java.nio.file.Path ledger = index.getParent().resolve("ledger.jsonl");
        String id = q.getOrDefault("directive", "");
        java.util.List<org.luoshi.track.LedgerRow> rows = id.isBlank() || !java.nio.file.Files.isRegularFile(ledger) ? java.util.List.of()
                : new java.util.ArrayList<>(org.luoshi.track.LedgerQuery.forDirective(ledger, id, asOf(q), null));
        if (rows.isEmpty()) {
            send(ex, 404, "text/html", Html.page("lineage", "<p>No lineage for " + Html.esc(id) + ".</p>"));
            return;
        }
        rows.sort((a, b) -> a.unitName().compareTo(b.unitName()));
        int rowHeight = 56;
        int height = rowHeight * (rows.size() + 1) + 20;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"" + height
                + "\" font-size=\"12\" font-family=\"sans-serif\">");
        org.luoshi.track.LedgerRow top = rows.get(0);
        svg.append("<rect x=\"10\" y=\"10\" width=\"880\" height=\"40\" fill=\"#eef\" stroke=\"#88a\"/>")
                .append("<text x=\"18\" y=\"26\">").append(Html.esc(top.fromUnit() + " " + (top.date() == null ? "" : top.date()))).append("</text>")
                .append("<text x=\"18\" y=\"42\">").append(Html.esc(shorten(top.text(), 70))).append("</text>");
        int y = 10 + rowHeight;
        for (org.luoshi.track.LedgerRow r : rows) {
            int depth = r.unitName().split("/").length;
            int x = 10 + 40 * depth;
            String fill = switch (r.statusAsOf(asOf(q))) {
                case "relayed" -> "#dfd";
                case "reported_done" -> "#cfe";
                case "overdue" -> "#fdd";
                default -> "#fff";
            };
            svg.append("<line x1=\"30\" y1=\"50\" x2=\"").append(x).append("\" y2=\"").append(y + 20).append("\" stroke=\"#aaa\"/>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(880 - x).append("\" height=\"40\" fill=\"")
                    .append(fill).append("\" stroke=\"#999\"/><text x=\"").append(x + 8).append("\" y=\"").append(y + 16).append("\">")
                    .append(Html.esc(r.unitName() + ": " + r.statusAsOf(asOf(q)))).append("</text><text x=\"").append(x + 8).append("\" y=\"")
                    .append(y + 32).append("\">").append(Html.esc(shorten(r.evidence().isEmpty() ? "" : r.evidence().get(0), 70))).append("</text>");
            y += rowHeight;
        }
        svg.append("</svg>");
        send(ex, 200, "text/html", Html.page("lineage", "<h1>Lineage of " + Html.esc(id) + "</h1>" + svg));
    }

    private static String shorten(String s, int n) {
        return s == null ? "" : s.length() <= n ? s : s.substring(0, n) + "…";
    }

    private void apiDoc(HttpExchange ex, String id) throws IOException, MissingIndexException {
        String rec;
        try (DirectiveSearcher s = new DirectiveSearcher(index)) {
            rec = s.documentRecord(id);
        }
        if (rec == null) {
            send(ex, 404, "application/json", "{\"error\":\"no such document\"}");
        } else {
            send(ex, 200, "application/json", rec);
        }
    }

    private void docPage(HttpExchange ex, String id) throws IOException, MissingIndexException {
        String rec;
        try (DirectiveSearcher s = new DirectiveSearcher(index)) {
            rec = s.documentRecord(id);
        }
        if (rec == null) {
            send(ex, 404, "text/html", Html.page("not found", "<p>No such document.</p>"));
            return;
        }
        JsonNode r = Json.mapper().readTree(rec);
        String text = r.path("text").asText("");
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (JsonNode d : r.path("directives")) {
            int start = d.path("span").get(0).asInt();
            int end = d.path("span").get(1).asInt();
            if (start < at || end > text.length()) {
                continue;
            }
            marked.append(Html.esc(text.substring(at, start))).append("<mark title=\"").append(Html.esc(d.path("id").asText()))
                    .append("\">").append(Html.esc(text.substring(start, end))).append("</mark>");
            at = end;
        }
        marked.append(Html.esc(text.substring(at)));
        JsonNode doc = r.path("doc");
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(doc.path("title").asText(doc.path("source").asText()))).append("</h1><p class=\"meta\">")
                .append(Html.esc(doc.path("level").asText())).append(" · ").append(Html.esc(doc.path("region").path("path").toString()))
                .append(" · ").append(Html.esc(doc.path("meeting_date").asText(""))).append(" · encoding ")
                .append(Html.esc(doc.path("quality").path("encoding").asText())).append(" · glosses removed ")
                .append(doc.path("quality").path("pinyin_glosses_removed").asInt()).append(" · damaged spans ")
                .append(doc.path("quality").path("damaged_spans").size()).append("</p><div style=\"white-space:pre-wrap\">")
                .append(marked).append("</div><h2>Officials</h2><ul>");
        for (JsonNode o : r.path("officials")) {
            b.append("<li>").append(Html.esc(o.path("name").asText())).append(" — ").append(Html.esc(o.path("title").asText("")))
                    .append("</li>");
        }
        b.append("</ul>");
        send(ex, 200, "text/html", Html.page(doc.path("title").asText("document"), b.toString()));
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            m.putIfAbsent(k, v);
        }
        return m;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Integer year(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
