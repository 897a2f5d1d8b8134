package org.luoshi.web;

import org.luoshi.track.LedgerFormats;
import org.luoshi.track.LedgerQuery;
import org.luoshi.track.LedgerRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The office page: {@code track} in the browser — a unit's instructions from above with status and evidence, CSV export. */
final class OfficePage {
    private static final List<String> STATUSES = List.of(LedgerRow.RELAYED, LedgerRow.REPORTED_DONE, LedgerRow.OVERDUE, LedgerRow.OPEN);

    private OfficePage() {
    }

    static String asOf(Params q) {
        String a = q.get("as_of");
        return a != null && a.matches("\\d{4}-\\d{2}-\\d{2}") ? a : LocalDate.now().toString();
    }

    static List<LedgerRow> rows(Path ledger, Params q) throws IOException {
        String unit = q.get("unit");
        if (unit == null || !Files.isRegularFile(ledger)) {
            return List.of();
        }
        String status = q.get("status");
        return LedgerQuery.forUnit(ledger, unit, asOf(q), status == null ? null : List.of(status.split(",")));
    }

    static Response json(Path ledger, Params q) throws IOException {
        return Response.json(200, LedgerFormats.json(q.get("unit", ""), rows(ledger, q), asOf(q)));
    }

    static Response csv(Path ledger, Params q) throws IOException {
        return new Response(200, "text/csv", LedgerFormats.csv(rows(ledger, q), asOf(q)));
    }

    /** The units the ledger knows, offered as choices for the unit box (a datalist: typing any other still works). */
    private static void units(StringBuilder b, Path ledger) throws IOException {
        if (!Files.isRegularFile(ledger)) {
            return;
        }
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        try (java.io.BufferedReader r = Files.newBufferedReader(ledger, java.nio.charset.StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String name = org.luoshi.model.Json.mapper().readTree(line).path("unit_name").asText("");
                String path = name.contains(" (") ? name.substring(0, name.indexOf(" (")) : name;
                String last = path.substring(path.lastIndexOf('/') + 1);
                if (!last.isBlank() && !last.startsWith("(")) {
                    names.add(last);
                }
            }
        }
        b.append("<datalist id=\"units\">");
        names.forEach(n -> b.append("<option value=\"").append(Html.esc(n)).append("\">"));
        b.append("</datalist>");
    }

    static Response render(Path ledger, Params q) throws IOException {
        String unit = q.get("unit", "");
        String asOf = asOf(q);
        StringBuilder b = new StringBuilder("<h1>Office — instructions from above</h1><form method=\"get\" action=\"/office\" id=\"office\">"
                + "unit <input name=\"unit\" list=\"units\" placeholder=\"运城市 / 1408\" value=\"" + Html.esc(unit) + "\"> as of <input name=\"as_of\" size=\"10\" value=\""
                + Html.esc(asOf) + "\"> status <select name=\"status\"><option value=\"\">all</option>");
        for (String s : STATUSES) {
            b.append("<option").append(s.equals(q.get("status")) ? " selected" : "").append('>').append(s).append("</option>");
        }
        b.append("</select> <button>Show</button></form>");
        units(b, ledger);
        if (!Files.isRegularFile(ledger)) {
            b.append("<p>No ledger yet: run <code>./luoshi ingest PATH</code> first.</p>");
            return Response.html(200, "office", b.toString());
        }
        if (unit.isBlank()) {
            b.append("<p class=\"meta\">Name a unit (运城市, 運城, or a GB/T 2260 code such as 1408) to see the instructions it received "
                    + "from higher units: relayed, reported done, overdue or open.</p>");
            return Response.html(200, "office", b.toString());
        }
        List<LedgerRow> rows = rows(ledger, q);
        if (rows.isEmpty()) {
            b.append("<p>No instructions from above for ").append(Html.esc(unit)).append(" in the ledger.</p>");
            return Response.html(200, "office", b.toString());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(r.statusAsOf(asOf), 1, Integer::sum));
        b.append("<p class=\"meta\" id=\"summary\">").append(Html.esc(rows.get(0).unitName())).append(" · ").append(rows.size()).append(" rows");
        counts.forEach((k, v) -> b.append(" · ").append(Html.esc(k)).append(' ').append(v));
        b.append(" · <a id=\"csv\" href=\"").append(q.link("/office", "format", "csv")).append("\">export CSV</a></p><table id=\"ledger\">")
                .append("<tr><th>status</th><th>instruction</th><th>from</th><th>deadline</th></tr>");
        for (LedgerRow r : rows) {
            String st = r.statusAsOf(asOf);
            b.append("<tr class=\"").append(Html.esc(st)).append("\"><td><b>").append(Html.esc(st)).append("</b></td><td>")
                    .append(Html.esc(r.text())).append("<div class=\"meta\"><a href=\"/lineage?directive=").append(Params.enc(r.directive()))
                    .append("\">lineage</a> · <a href=\"/doc/").append(Html.esc(r.directive().split("#")[0])).append("\">document</a></div>");
            for (String e : r.evidence()) {
                b.append("<div class=\"meta\">").append(Html.esc(e)).append("</div>");
            }
            b.append("</td><td>").append(Html.esc(r.fromUnit().startsWith("national:") ? "全国 (national)" : r.fromUnit())).append("<br>").append(Html.esc(r.date())).append("</td><td>")
                    .append(r.deadlineType() == null ? "—" : Html.esc(r.deadlineType()) + (r.deadlineValue() == null ? "" : " " + Html.esc(r.deadlineValue())))
                    .append("</td></tr>");
        }
        b.append("</table>");
        return Response.html(200, "office " + unit, b.toString());
    }
}
