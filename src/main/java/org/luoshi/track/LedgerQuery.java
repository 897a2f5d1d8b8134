package org.luoshi.track;

import org.luoshi.gazetteer.Division;
import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.model.Json;
import org.luoshi.model.Level;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the ledger ({@code ledger.jsonl}, {@link LedgerEntry} lines) for one unit as of a date: every directive issued
 * by the unit's chain above it — national, its province, its prefecture, its county — within a period (default the
 * twelve months before the date), each with its status for that unit: {@code reported_done} (the unit, or a unit
 * under it, reported it done by then), {@code relayed} (relayed it by then; {@code by} says which unit),
 * {@code overdue} (its dated deadline passed with neither) or {@code open}. Rows are ranked by what concerns the
 * unit: addressed to its level (各县区, 各乡镇 …), sectors of its own directives, deadline soonest, newest. Any unit of
 * the gazetteer can be asked ({@link UnitResolver}), with or without documents of its own. Shared by {@code track}
 * and the web UI.
 */
public final class LedgerQuery {
    /** The default period: the months before the date asked. */
    public static final int DEFAULT_MONTHS = 12;
    private static final Pattern TO_PROVINCES = Pattern.compile("各省|各地区|省（区、市）|省\\(区、市\\)");
    private static final Pattern TO_CITIES = Pattern.compile("各市|各地市|各州市|各设区市|市（州）|市\\(州\\)|各地");
    private static final Pattern TO_COUNTIES = Pattern.compile("各县|各区|县（市、区）|县\\(市、区\\)|县\\(市\\)|各县市区|各区县");
    private static final Pattern TO_TOWNSHIPS = Pattern.compile("各乡镇|各镇|各乡|各街道|镇（街道）|镇\\(街道\\)|各镇街");

    private LedgerQuery() {
    }

    /** A unit's rows as of {@code asOf} over the default period. */
    public static List<LedgerRow> forUnit(Path ledger, String unit, String asOf, List<String> statuses) throws IOException {
        return forUnit(ledger, unit, asOf, null, statuses);
    }

    /**
     * The rows of a unit, ranked.
     *
     * @param unit     a name, short form or GB/T 2260 code ({@link UnitResolver})
     * @param asOf     the date asked ({@code YYYY-MM-DD})
     * @param since    the start of the period ({@code YYYY-MM-DD}), null for {@link #DEFAULT_MONTHS} months before
     * @param statuses the statuses to keep, null for all
     * @throws UnitResolver.UnknownUnit when the unit is none of the gazetteer (the message suggests the nearest)
     */
    public static List<LedgerRow> forUnit(Path ledger, String unit, String asOf, String since, List<String> statuses)
            throws IOException {
        UnitResolver.Target t = UnitResolver.resolve(unit);
        String from = since != null ? since : LocalDate.parse(asOf).minusMonths(DEFAULT_MONTHS).toString();
        Set<String> ownSectors = new HashSet<>();
        List<LedgerEntry> above = new ArrayList<>();
        for (LedgerEntry e : read(ledger, prefilter(t))) {
            if (t.code() != null && t.code().equals(e.code())) {
                ownSectors.addAll(e.sectors());
            } else if (t.isBelow(Level.of(e.level()), e.code()) && inPeriod(e.date(), from, asOf)) {
                above.add(e);
            }
        }
        List<LedgerRow> rows = new ArrayList<>();
        for (LedgerEntry e : above) {
            LedgerRow row = row(e, t, asOf);
            if (statuses == null || statuses.contains(row.status())) {
                rows.add(row);
            }
        }
        rows.sort(rank(t, ownSectors, asOf, above));
        return rows;
    }

    /** The rows of one directive: for every unit that relayed it or reported it done, its status there. */
    public static List<LedgerRow> forDirective(Path ledger, String directive, String asOf, List<String> statuses) throws IOException {
        List<LedgerRow> rows = new ArrayList<>();
        for (LedgerEntry e : read(ledger, "\"directive\":\"" + directive + "\"")) {
            if (!e.directive().equals(directive)) {
                continue;
            }
            Set<String> units = new LinkedHashSet<>();
            e.relays().forEach(r -> units.add(r.code() == null ? r.unit() : r.code()));
            e.reports().forEach(r -> units.add(r.code() == null ? r.unit() : r.code()));
            for (String code : units) {
                Division d = Gazetteer.get().byCode(code);
                if (d == null) {
                    continue;
                }
                UnitResolver.Target t = new UnitResolver.Target(d.level(), d.code(), Gazetteer.get().path(d),
                        String.join("/", Gazetteer.get().path(d)));
                LedgerRow row = row(e, t, asOf);
                if (statuses == null || statuses.contains(row.status())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /**
     * For each directive a unit received (or issued) in the period, which of the units directly under it relayed it
     * or reported it done: the coverage table a supervision office checks ({@code track --below}).
     */
    public static Coverage below(Path ledger, String unit, String asOf, String since) throws IOException {
        UnitResolver.Target t = UnitResolver.resolve(unit);
        String from = since != null ? since : LocalDate.parse(asOf).minusMonths(DEFAULT_MONTHS).toString();
        Gazetteer g = Gazetteer.get();
        List<Division> children = t.level() == Level.NATIONAL
                ? g.names().stream().flatMap(n -> g.divisions(n).stream()).filter(d -> d.level() == Level.PROVINCE).distinct()
                        .sorted(Comparator.comparing(Division::code)).toList()
                : g.children(t.code());
        List<Coverage.Row> rows = new ArrayList<>();
        for (LedgerEntry e : read(ledger, prefilter(t))) {
            boolean own = t.code() != null ? t.code().equals(e.code()) : Level.NATIONAL.code().equals(e.level());
            if (!(own || t.isBelow(Level.of(e.level()), e.code())) || !inPeriod(e.date(), from, asOf)) {
                continue;
            }
            List<String> statuses = new ArrayList<>();
            for (Division c : children) {
                UnitResolver.Target ct = new UnitResolver.Target(c.level(), c.code(), g.path(c), c.name());
                statuses.add(row(e, ct, asOf).status());
            }
            rows.add(new Coverage.Row(e.directive(), e.text(), UnitNames.of(e), e.date(), statuses));
        }
        rows.sort(Comparator.comparing((Coverage.Row r) -> r.date() == null ? "" : r.date()).reversed().thenComparing(Coverage.Row::directive, DIRECTIVE_ORDER));
        return new Coverage(t.name(), asOf, children.stream().map(Division::name).toList(), rows);
    }

    /** The coverage table of {@link #below}: the units under the one asked, and per directive each one's status. */
    public record Coverage(String unit, String asOf, List<String> units, List<Row> rows) {
        /** A directive and the status of each unit under the one asked, in the order of {@code units}. */
        public record Row(String directive, String text, String fromUnitName, String date, List<String> statuses) {
        }
    }

    /** The status of an entry for a unit as of a date, with who did what by then. */
    static LedgerRow row(LedgerEntry e, UnitResolver.Target t, String asOf) {
        List<String> by = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        String status = null;
        for (LedgerEntry.Receipt r : e.reports()) {
            if (t.contains(r.code()) && notAfter(r.date(), asOf)) {
                status = LedgerRow.REPORTED_DONE;
                addOnce(by, UnitNames.of(r));
                evidence.add("报告完成（" + UnitNames.of(r) + (r.date() == null ? "" : "，" + r.date()) + "）：" + r.evidence()
                        + (r.figures().isEmpty() ? "" : " " + figures(r)));
            }
        }
        for (LedgerEntry.Receipt r : e.relays()) {
            if (t.contains(r.code()) && notAfter(r.date(), asOf)) {
                if (status == null) {
                    status = LedgerRow.RELAYED;
                }
                addOnce(by, UnitNames.of(r));
                evidence.add("传达（" + UnitNames.of(r) + (r.date() == null ? "" : "，" + r.date()) + "）：" + r.evidence());
            }
        }
        if (status == null) {
            boolean late = e.deadline() != null && "date".equals(e.deadline().type()) && e.deadline().value() != null
                    && e.deadline().value().matches("\\d{4}-\\d{2}-\\d{2}") && e.deadline().value().compareTo(asOf) < 0;
            status = late ? LedgerRow.OVERDUE : LedgerRow.OPEN;
        }
        org.luoshi.link.Unit unit = t.level() == Level.NATIONAL ? org.luoshi.link.Unit.NATIONAL
                : new org.luoshi.link.Unit(t.level(), t.code(), t.path(), false);
        return new LedgerRow(e.directive(), e.text(), e.unit(), UnitNames.of(e), UnitKey.key(unit), UnitKey.name(unit), status,
                e.deadline() == null ? null : e.deadline().type(), e.deadline() == null ? null : e.deadline().value(),
                e.deadline() == null ? null : e.deadline().inferred(), e.date(), e.title(), e.speaker(), e.speakerTitle(),
                e.source(), by, evidence);
    }

    private static String figures(LedgerEntry.Receipt r) {
        List<String> parts = new ArrayList<>();
        r.figures().forEach((k, v) -> parts.add(switch (k) {
            case "checked" -> "检查" + v;
            case "found" -> "发现" + v;
            case "closed" -> "关停" + v;
            case "punished" -> "查处" + v;
            default -> "整改" + v;
        }));
        return "（" + String.join("，", parts) + "）";
    }

    private static void addOnce(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    /** What concerns the unit first: addressed to its level, its sectors, deadline soonest, newest. */
    private static Comparator<LedgerRow> rank(UnitResolver.Target t, Set<String> ownSectors, String asOf, List<LedgerEntry> entries) {
        java.util.Map<String, LedgerEntry> byId = new java.util.HashMap<>();
        entries.forEach(e -> byId.put(e.directive(), e));
        Pattern addressed = switch (t.level()) {
            case PROVINCE -> TO_PROVINCES;
            case CITY -> TO_CITIES;
            case COUNTY, DISTRICT -> TO_COUNTIES;
            case TOWNSHIP -> TO_TOWNSHIPS;
            default -> null;
        };
        return Comparator.comparingInt((LedgerRow r) -> {
                    LedgerEntry e = byId.get(r.directive());
                    int score = 0;
                    if (addressed != null && e != null && (addressed.matcher(String.join("、", e.addressees())).find()
                            || addressed.matcher(e.text()).find())) {
                        score += 2;
                    }
                    if (e != null && e.sectors().stream().anyMatch(s -> !s.equals("综合") && ownSectors.contains(s))) {
                        score += 1;
                    }
                    return -score;
                })
                .thenComparing(r -> dated(r) ? r.deadlineValue() : "9999")
                .thenComparing(Comparator.comparing((LedgerRow r) -> r.date() == null ? "" : r.date()).reversed())
                .thenComparing(LedgerRow::directive, DIRECTIVE_ORDER);
    }

    /** Directive ids ({@code doc#n}) by document, then by n as a number (#2 before #10). */
    static final Comparator<String> DIRECTIVE_ORDER = Comparator.comparing((String id) -> id.substring(0, Math.max(0, id.indexOf('#'))))
            .thenComparingInt(id -> {
                String n = id.substring(id.indexOf('#') + 1);
                return n.matches("\\d{1,9}") ? Integer.parseInt(n) : Integer.MAX_VALUE;
            })
            .thenComparing(Comparator.naturalOrder());

    private static boolean dated(LedgerRow r) {
        return "date".equals(r.deadlineType()) && r.deadlineValue() != null && r.deadlineValue().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static boolean inPeriod(String date, String from, String to) {
        return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") && date.compareTo(from) >= 0 && date.compareTo(to) <= 0;
    }

    private static boolean notAfter(String date, String asOf) {
        return date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}") || date.compareTo(asOf) <= 0;
    }

    /**
     * A cheap test a line must pass to be parsed: the national issuer, or a code of the unit's chain (its own code
     * and every prefix of it).
     */
    private static java.util.function.Predicate<String> prefilter(UnitResolver.Target t) {
        List<String> needles = new ArrayList<>();
        needles.add("\"level\":\"national\"");
        if (t.code() != null) {
            for (int len : new int[] {2, 4, 6, 9}) {
                if (t.code().length() >= len) {
                    needles.add("\"code\":\"" + t.code().substring(0, len) + "\"");
                }
            }
        }
        return line -> needles.stream().anyMatch(line::contains);
    }

    private static List<LedgerEntry> read(Path ledger, String mustContain) throws IOException {
        return read(ledger, line -> line.contains(mustContain));
    }

    private static List<LedgerEntry> read(Path ledger, java.util.function.Predicate<String> keep) throws IOException {
        List<LedgerEntry> out = new ArrayList<>();
        if (!Files.isRegularFile(ledger)) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (keep.test(line)) {
                    out.add(Json.mapper().readValue(line, LedgerEntry.class));
                }
            }
        }
        return out;
    }

    /** Readable names of units in rows: the path of the unit, or 全国. */
    static final class UnitNames {
        private UnitNames() {
        }

        static String of(LedgerEntry e) {
            return name(e.unitName());
        }

        static String of(LedgerEntry.Receipt r) {
            return name(r.unitName());
        }

        private static String name(String unitName) {
            return unitName == null ? null : unitName.replaceFirst(" \\(.*\\)$", "");
        }
    }
}
