package org.luoshi.web;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.model.Json;
import org.luoshi.track.LedgerQuery;
import org.luoshi.track.LedgerRow;
import org.luoshi.track.UnitResolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The office page (督办台账): {@code track} in the browser — the instructions from above a unit received, each with
 * its status as of a date (未落实 / 已传达 / 已报告完成 / 已逾期), its context (meeting, speaker, date on one line),
 * deadline and evidence; filters by status and date that refuse what they cannot take, naming the valid values;
 * exports as CSV (BOM, Chinese names) and JSON ({@link LedgerRowView}).
 */
public final class OfficePage {
    private static final List<String> STATUSES = List.of(LedgerRow.OPEN, LedgerRow.RELAYED, LedgerRow.REPORTED_DONE, LedgerRow.OVERDUE);
    private static volatile UnitList unitCache;

    private OfficePage() {
    }

    /** The page's model. */
    public record View(T t, String unit, String asOf, List<Views.Option> statuses, List<String> units, String error, String message,
                       String unitName, List<Views.Link> counts, List<Row> rows, String csv, String json) {
    }

    /** A row as the page shows it. */
    public record Row(LedgerRowView r, String status, String meeting, String speaker, String date, String deadline, String lineage,
                      String docLink, String permalink) {
    }

    /** The JSON answer of {@code /api/track} and {@code track --format json}: the unit asked, the date, the rows. */
    public record Answer(Unit unit, String asOf, List<LedgerRowView> rows) {
    }

    /** The unit as asked ({@code query}), its ledger key and name (null when the ledger has no row for it). */
    public record Unit(String query, String key, String name) {
    }

    /** The rows of the unit of {@code unit=}, as of {@code as_of=} (default today), of the statuses of {@code status=}. */
    static Answer answer(Path ledger, Params q, DirectiveSearcher s) throws IOException {
        String asOf = Inputs.date("as_of", q.get("as_of"), LocalDate.now()).toString();
        List<String> statuses = Inputs.statuses(q.all("status"));
        String unit = q.get("unit");
        if (unit == null) {
            throw new Inputs.BadInput("unit 没有给出：要写单位名称（运城市、运城、運城）或 GB/T 2260 代码（1408）");
        }
        String since = q.get("since") == null ? null : Inputs.date("since", q.get("since"), null).toString();
        if (since != null && since.compareTo(asOf) > 0) {
            throw new Inputs.BadInput("since（" + since + "）晚于 as_of（" + asOf + "）：期间的起点要在终点之前");
        }
        List<LedgerRow> rows;
        try {
            rows = Files.isRegularFile(ledger) ? LedgerQuery.forUnit(ledger, unit, asOf, since, statuses.isEmpty() ? null : statuses) : List.of();
        } catch (UnitResolver.UnknownUnit e) {
            throw new Inputs.BadInput(e.getMessage());
        }
        return answer(unit, rows, asOf, s);
    }

    /**
     * The answer over rows read already (the CLI reads them itself).
     *
     * @throws UnitResolver.UnknownUnit when {@code unit} names no unit
     */
    public static Answer answer(String unit, List<LedgerRow> rows, String asOf, DirectiveSearcher s) throws IOException {
        UnitResolver.Target t = UnitResolver.resolve(unit);
        String key = t.level() == org.luoshi.model.Level.NATIONAL ? "national:-" : t.level().code() + ":" + t.code();
        return new Answer(new Unit(unit, key, t.name()), asOf, LedgerRowView.of(rows, asOf, s));
    }

    static Reply json(Path ledger, Params q, DirectiveSearcher s) throws IOException {
        return Reply.json(200, answer(ledger, q, s));
    }

    static Reply csv(Path ledger, Params q, DirectiveSearcher s) throws IOException {
        Answer a = answer(ledger, q, s);
        boolean en = q.en();
        return Reply.download("text/csv", "ledger.csv", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var p = Exports.csv(w, LedgerRowView.COLUMNS, en);
            for (LedgerRowView r : a.rows()) {
                Exports.row(p, LedgerRowView.COLUMNS, r, en);
            }
            p.flush();
        });
    }

    static Reply render(Path ledger, Params q, DirectiveSearcher s) throws IOException {
        T t = new T(q, "/office");
        String unit = q.get("unit", "");
        List<Views.Option> statuses = new ArrayList<>();
        List<String> chosen = Inputs.split(q.all("status"));
        statuses.add(new Views.Option("", t.t("全部状态", "all statuses"), chosen.isEmpty()));
        for (String st : STATUSES) {
            statuses.add(new Views.Option(st, t.status(st), chosen.contains(st)));
        }
        List<String> units = units(ledger);
        String asOfShown = q.get("as_of", LocalDate.now().toString());
        if (!Files.isRegularFile(ledger)) {
            return page(200, new View(t, unit, asOfShown, statuses, units, null,
                    t.t("还没有台账：先运行 ./luoshi ingest 路径", "No ledger yet: run ./luoshi ingest PATH first."), null, List.of(), List.of(), null, null));
        }
        if (unit.isBlank()) {
            return page(200, new View(t, unit, asOfShown, statuses, units, null, t.t(
                    "输入单位名称（运城市、运城、運城）或 GB/T 2260 代码（1408），查看它收到的上级指示及落实情况：未落实、已传达、已报告完成、已逾期。",
                    "Name a unit (运城市, 運城, or a GB/T 2260 code such as 1408) to see the instructions it received from higher units: "
                            + "open, relayed, reported done or overdue."), null, List.of(), List.of(), null, null));
        }
        Answer a;
        try {
            a = answer(ledger, q, s);
        } catch (Inputs.BadInput e) {
            return page(400, new View(t, unit, asOfShown, statuses, units, e.getMessage(), null, null, List.of(), List.of(), null, null));
        }
        if (a.rows().isEmpty()) {
            return page(200, new View(t, unit, a.asOf(), statuses, units, null, t.t("「" + a.unit().name() + "」在截至 " + a.asOf() + " 的十二个月内没有上级下达的指示；可改“截至”日期，或加 since= 放宽期间。",
                    "No instructions from above for " + a.unit().name() + " in the twelve months before " + a.asOf()
                            + "; change the date, or widen the period with since=."), null, List.of(), List.of(), null, null));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        a.rows().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        List<Views.Link> countLinks = new ArrayList<>();
        counts.forEach((st, n) -> countLinks.add(new Views.Link(t.status(st), q.link("/office", "status", st), n)));
        List<Row> rows = new ArrayList<>();
        for (LedgerRowView r : a.rows()) {
            String speaker = r.speaker() == null ? null : r.speaker() + (r.speakerTitle() == null ? "" : "（" + r.speakerTitle() + "）");
            rows.add(new Row(r, t.status(r.status()), r.meeting(), speaker, t.date(r.date()), r.deadline() == null ? "—" : t.deadline(r.deadline().type(), r.deadline().value(), r.deadline().inferred()),
                    t.to("/lineage?directive=" + Params.enc(r.directive())), t.to("/doc/" + r.doc()) + anchor(r.directive()),
                    r.source() == null ? null : Views.permalink(r.source(), ordinal(r.directive()), t)));
        }
        return page(200, new View(t, unit, a.asOf(), statuses, units, null, null, UnitNames.display(a.unit().name(), t.en()), countLinks, rows,
                q.link("/office", "format", "csv"), q.link("/api/track")));
    }

    private static Reply page(int status, View v) {
        return Reply.html(status, Templates.render("office.jte", v));
    }

    private static Integer ordinal(String directive) {
        int i = directive.indexOf('#');
        try {
            return i < 0 ? null : Integer.valueOf(directive.substring(i + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String anchor(String directive) {
        Integer n = ordinal(directive);
        return n == null ? "" : "#d" + n;
    }

    /** The units the ledger names, offered in the unit box (typing any other still works); read again when it changes. */
    private static List<String> units(Path ledger) throws IOException {
        if (!Files.isRegularFile(ledger)) {
            return List.of();
        }
        long stamp = Files.getLastModifiedTime(ledger).toMillis() ^ Files.size(ledger);
        UnitList cached = unitCache;
        if (cached != null && cached.path().equals(ledger) && cached.stamp() == stamp) {
            return cached.names();
        }
        TreeSet<String> names = new TreeSet<>();
        try (BufferedReader r = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                List<String> path = UnitNames.path(Json.mapper().readTree(line).path("unit_name").asText(""));
                if (!path.isEmpty()) {
                    names.add(path.get(path.size() - 1));
                }
            }
        }
        UnitList fresh = new UnitList(ledger, stamp, List.copyOf(names));
        unitCache = fresh;
        return fresh.names();
    }

    private record UnitList(Path path, long stamp, List<String> names) {
    }
}
