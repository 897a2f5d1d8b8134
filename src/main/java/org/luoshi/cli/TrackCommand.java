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
        description = {"What an office asks first: the instructions from higher units that this unit received, with status "
            + "(open 未落实, relayed 已传达, reported_done 已报告完成, overdue 已逾期), context (meeting, speaker, date), deadline "
            + "and evidence; or, with --directive, one instruction's lineage down the levels. Reads DATA/ledger.jsonl (written "
            + "by ingest) and the index for the context."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered (also when nothing matched)", "2:wrong usage (the message names the valid values) or no ledger"})
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

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date for 'overdue', YYYY-MM-DD (default: today).")
    String asOf;

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
        List<LedgerRow> rows = LedgerQuery.forUnit(ledger, target.unit, date, only);
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

    private void table(PrintStream out, OfficePage.Answer a, boolean en) {
        if (a.rows().isEmpty()) {
            out.println(en ? "no instructions from above for '" + target.unit + "'" + (status == null ? "" : " with status " + status)
                    + " in the ledger (is the unit in the ingested corpus?)"
                    : "台账中没有「" + target.unit + "」收到的上级指示" + (status == null ? "" : "（状态 " + String.join(",", status) + "）")
                    + "：该单位是否在已收录的文本中？");
            return;
        }
        out.println(a.unit().name() + (en ? " — instructions from above, as of " : " — 收到的上级指示，截至 ") + a.asOf());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LedgerRowView r : a.rows()) {
            counts.merge(Labels.status(r.status(), en), 1, Integer::sum);
            out.printf("[%s] %s %s%s%n    %s%n", Labels.status(r.status(), en), r.directive(), Labels.date(r.date(), en),
                    r.deadline() == null ? "" : (en ? "  deadline: " : "  期限：") + Labels.deadline(r.deadline().type(), r.deadline().value(), en),
                    r.text());
            if (r.meeting() != null || r.speaker() != null) {
                out.println("    " + (r.meeting() == null ? "" : r.meeting()) + (r.speaker() == null ? "" : " · " + r.speaker()));
            }
            for (String e : r.evidence()) {
                out.println((en ? "    evidence: " : "    依据：") + e);
            }
        }
        out.println(en ? a.rows().size() + " rows: " + counts : "共 " + a.rows().size() + " 条：" + counts);
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
