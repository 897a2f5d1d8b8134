package org.luoshi.cli;

import org.apache.commons.csv.CSVPrinter;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.IndexLocation;
import org.luoshi.index.MissingIndexException;
import org.luoshi.model.Json;
import org.luoshi.track.IndexedDirectives;
import org.luoshi.track.LedgerQuery;
import org.luoshi.track.LedgerRow;
import org.luoshi.track.Lineage;
import org.luoshi.track.LinkFile;
import org.luoshi.track.UnitResolver;
import org.luoshi.web.Exports;
import org.luoshi.web.Inputs;
import org.luoshi.web.Labels;
import org.luoshi.web.LedgerRowView;
import org.luoshi.web.OfficePage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code luoshi track}: the instructions from above a unit received and their status, or one instruction's lineage. */
@Command(name = "track", mixinStandardHelpOptions = true,
        description = {"What an office asks first: every instruction issued by the units above this one (national, its "
            + "province, prefecture, county) in a period (--since, default the 12 months before --as-of), with its status for "
            + "this unit (open 未落实, relayed 已传达 — by which unit —, reported_done 已报告完成, overdue 已逾期), context "
            + "(meeting, speaker, date), deadline and evidence, the rows that concern the unit first. Any unit of the GB/T 2260 "
            + "gazetteer can be asked, with or without documents of its own. --below: for each instruction, which of the units "
            + "directly under this one relayed it (a coverage table). --directive: one instruction's lineage down the levels. "
            + "Reads the ledger written by ingest, and the index for context."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered (also when nothing matched)",
            "2:wrong usage (the message names the valid values), a unit that is none of the gazetteer (the message suggests the nearest), or no ledger"})
final class TrackCommand implements Callable<Integer> {
    private static final Pattern DIRECTIVE_ID = Pattern.compile("[0-9a-f]{32}#\\d{1,6}");

    static final class Target {
        @Option(names = "--unit", paramLabel = "NAME|CODE", description = "A unit by name, short form, Traditional or GB/T 2260 code (运城, 運城市, 1408).")
        String unit;

        @Option(names = "--directive", paramLabel = "ID", description = "One directive (docid#n): its lineage down the levels.")
        String directive;
    }

    @Mixin
    DataOption data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date asked, YYYY-MM-DD (default: today): statuses as of then, 'overdue' against it.")
    String asOf;

    @Option(names = "--since", paramLabel = "DATE", description = "Start of the period, YYYY-MM-DD (default: 12 months before --as-of).")
    String since;

    @Option(names = "--below", description = "A coverage table: for each instruction, the status of each unit directly under --unit.")
    boolean below;

    @Option(names = "--status", split = ",", description = "Only these statuses: open, relayed, reported_done, overdue (or 未落实, 已传达, 已报告完成, 已逾期).")
    List<String> status;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}); csv is UTF-8 with BOM.")
    String format;

    @Option(names = "--lang", defaultValue = "zh", description = "Labels of table and csv: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String date;
        List<String> statuses;
        boolean en;
        try {
            format = Inputs.oneOf("--format", format, List.of("table", "json", "csv"), "table");
            en = "en".equals(Inputs.oneOf("--lang", lang, List.of("zh", "en"), "zh"));
            date = Inputs.date("--as-of", asOf, LocalDate.now()).toString();
            if (since != null) {
                since = Inputs.date("--since", since, null).toString();
                if (since.compareTo(date) > 0) {
                    throw new Inputs.BadInput("--since " + since + " 晚于 --as-of " + date + "：期间的起点要在终点之前");
                }
            }
            if (below && target.unit == null) {
                throw new Inputs.BadInput("--below 要和 --unit 一起用：列出该单位下属各单位的落实情况");
            }
            statuses = Inputs.statuses(status);
            if (target.directive != null && !DIRECTIVE_ID.matcher(target.directive).matches()) {
                throw new Inputs.BadInput("--directive 不能是「" + target.directive + "」：指示编号形如 文档编号#序号（32 位十六进制数字、#、数字）");
            }
        } catch (Inputs.BadInput e) {
            System.err.println("luoshi track: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path ledger = IndexLocation.ledger(data.data);
        if (!Files.isRegularFile(ledger)) {
            System.err.println("luoshi track: " + ledger + " 处没有台账；先运行 './luoshi ingest 路径... --data " + data.data + "'");
            return ExitCodes.USAGE;
        }
        List<String> only = statuses.isEmpty() ? null : statuses;
        if (target.directive != null) {
            return lineage(out, LedgerQuery.forDirective(ledger, target.directive, date, only), date);
        }
        if (below) {
            return coverage(out, ledger, date, en);
        }
        List<LedgerRow> rows;
        try {
            rows = LedgerQuery.forUnit(ledger, target.unit, date, since, only);
        } catch (UnitResolver.UnknownUnit e) {
            System.err.println("luoshi track: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        OfficePage.Answer answer;
        try (DirectiveSearcher s = new DirectiveSearcher(IndexLocation.of(data.data))) {
            answer = OfficePage.answer(target.unit, rows, date, s);
        } catch (MissingIndexException e) {
            answer = OfficePage.answer(target.unit, rows, date, null); // the ledger alone, without context
        }
        switch (format) {
            case "json" -> out.println(Json.mapper().writeValueAsString(answer));
            case "csv" -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = Exports.csv(w, LedgerRowView.COLUMNS, en);
                for (LedgerRowView r : answer.rows()) {
                    Exports.row(p, LedgerRowView.COLUMNS, r, en);
                }
                p.flush();
            }
            default -> table(out, answer, en);
        }
        return ExitCodes.OK;
    }

    /** The coverage table of --below, as table, json or csv. */
    private int coverage(PrintStream out, Path ledger, String date, boolean en) throws Exception {
        LedgerQuery.Coverage c;
        try {
            c = LedgerQuery.below(ledger, target.unit, date, since);
        } catch (UnitResolver.UnknownUnit e) {
            System.err.println("luoshi track: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        switch (format) {
            case "json" -> out.println(Json.mapper().writeValueAsString(c));
            case "csv" -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write('\uFEFF');
                CSVPrinter p = new CSVPrinter(w, org.apache.commons.csv.CSVFormat.DEFAULT);
                List<String> header = new java.util.ArrayList<>(List.of(en ? "directive" : "指示", en ? "from" : "下达单位", en ? "date" : "日期"));
                header.addAll(c.units());
                p.printRecord(header);
                for (LedgerQuery.Coverage.Row r : c.rows()) {
                    List<String> cells = new java.util.ArrayList<>(List.of(Exports.safe(r.text()), r.fromUnitName(), r.date() == null ? "" : r.date()));
                    r.statuses().forEach(s -> cells.add(Labels.status(s, en)));
                    p.printRecord(cells);
                }
                p.flush();
            }
            default -> {
                out.println(c.unit() + (en ? " — coverage by the units under it, as of " : " — 下属单位落实情况，截至 ") + c.asOf());
                out.println((en ? "units: " : "下属单位：") + String.join("、", c.units()));
                for (LedgerQuery.Coverage.Row r : c.rows()) {
                    out.println(r.date() + "  " + r.fromUnitName() + "  " + r.directive());
                    out.println("    " + r.text());
                    StringBuilder line = new StringBuilder("    ");
                    for (int i = 0; i < c.units().size(); i++) {
                        line.append(c.units().get(i)).append(' ').append(Labels.status(r.statuses().get(i), en)).append("  ");
                    }
                    out.println(line.toString().stripTrailing());
                }
                out.println(en ? c.rows().size() + " instructions" : "共 " + c.rows().size() + " 条指示");
            }
        }
        return ExitCodes.OK;
    }

    private void table(PrintStream out, OfficePage.Answer a, boolean en) {
        if (a.rows().isEmpty()) {
            out.println(en ? "no instructions from above for '" + target.unit + "'" + (status == null ? "" : " with status " + status)
                    + " in the ledger (is the unit in the ingested corpus?)"
                    : "「" + a.unit().name() + "」在这段期间没有上级下达的指示" + (status == null ? "" : "（状态 " + String.join(",", status) + "）")
                    + "；可用 --since 放宽期间，或用 --as-of 指定日期。");
            return;
        }
        out.println(a.unit().name() + (en ? " — instructions from above, as of " : " — 收到的上级指示，截至 ") + a.asOf());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LedgerRowView r : a.rows()) {
            counts.merge(Labels.status(r.status(), en), 1, Integer::sum);
            out.printf("[%s] %s %s%s%n    %s%n", Labels.status(r.status(), en), r.directive(), Labels.date(r.date(), en),
                    r.deadline() == null ? "" : (en ? "  deadline: " : "  期限：")
                            + Labels.deadline(r.deadline().type(), r.deadline().value(), r.deadline().inferred(), en),
                    r.text());
            if (r.meeting() != null || r.speaker() != null) {
                out.println("    " + (r.meeting() == null ? "" : r.meeting()) + (r.speaker() == null ? "" : " · " + r.speaker()));
            }
            for (String e : r.evidence()) {
                out.println((en ? "    evidence: " : "    依据：") + e);
            }
        }
        String byStatus = counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(en ? ", " : "，"));
        out.println(en ? a.rows().size() + " rows: " + byStatus : "共 " + a.rows().size() + " 条：" + byStatus);
    }

    private int lineage(PrintStream out, List<LedgerRow> rows, String date) throws Exception {
        Lineage.Node root;
        try (DirectiveSearcher s = new DirectiveSearcher(IndexLocation.of(data.data))) {
            root = Lineage.build(target.directive, new IndexedDirectives(s), LinkFile.relays(IndexLocation.links(data.data)), rows, date);
        } catch (MissingIndexException e) {
            System.err.println("luoshi track: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (root == null) {
            out.println("索引和台账中都没有指示 " + target.directive);
        } else if (format.equals("json")) {
            out.println(Json.mapper().writeValueAsString(root));
        } else {
            Lineage.lines(root).forEach(out::println);
        }
        return ExitCodes.OK;
    }
}
