package org.luoshi.cli;

import org.apache.commons.csv.CSVPrinter;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.Fields;
import org.luoshi.index.MissingIndexException;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.index.SearchHit;
import org.luoshi.index.SearchRequest;
import org.luoshi.index.SearchResult;
import org.luoshi.model.Json;
import org.luoshi.web.Exports;
import org.luoshi.web.Inputs;
import org.luoshi.web.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code luoshi search}: directives (or documents) in the order asked, page by page or all, with facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches directives (or documents with --docs), Simplified or Traditional. Lucene syntax where it is "
            + "valid syntax (AND/OR/NOT, \"phrases\" or “phrases”, parentheses, field:term, /regex/), text otherwise "
            + "(煤矿/非煤矿山, 全覆盖:零容忍); a single character is a query too. Filters take several values (--level county,city) "
            + "and Chinese labels (--level 县级); Traditional is folded everywhere. Matched words are shown ⟦so⟧ in the table "
            + "(highlighted on a terminal) and as offsets in JSON; facet counts follow the hits."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched (also when nothing matched)", "2:bad query, bad option value (the message names the valid ones), or no index"})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query (omit or '*' for all, with filters).")
    String query = "*";

    @Option(names = "--level", split = ",", description = "national, province, city, county, district, township, unknown (or 国家级, 省级, 市级, 县级, 区级, 乡镇级, 未知); several: county,city.")
    List<String> level;

    @Option(names = "--region", split = ",", description = "A division name, short form or GB/T 2260 code (运城, 山西省, 1408), or unknown.")
    List<String> region;

    @Option(names = "--from", paramLabel = "YEAR", description = "From this year on (meeting or publication date).")
    String from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Up to this year.")
    String to;

    @Option(names = "--sector", split = ",", description = "Sectors of the controlled list (危险化学品, 煤矿, 消防, 综合 ...).")
    List<String> sector;

    @Option(names = "--speaker", split = ",", description = "What this official ordered: full, short or Traditional name (习近平, 習近平, 王儒林书记).")
    List<String> speaker;

    @Option(names = "--deadline", split = ",", description = "any, overdue (a dated deadline before --as-of), none, or a type: date, before_event, recurring, immediate.")
    List<String> deadline;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date for 'overdue', YYYY-MM-DD (default: today).")
    String asOf;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}); undated hits last.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    String limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits (pages to the end of any list).")
    String offset;

    @Option(names = "--all", description = "Every hit (with --format csv or jsonl): an export of the whole result set.")
    boolean all;

    @Option(names = "--format", defaultValue = "table", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}); csv is UTF-8 with BOM.")
    String format;

    @Option(names = "--lang", defaultValue = "zh", description = "Labels of table and csv: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--docs", description = "Search documents instead of directives.")
    boolean docs;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SearchRequest req;
        boolean en;
        try {
            String f = Inputs.oneOf("--format", format, List.of("table", "json", "jsonl", "csv"), "table");
            en = "en".equals(Inputs.oneOf("--lang", lang, List.of("zh", "en"), "zh"));
            if (all && !f.equals("csv") && !f.equals("jsonl")) {
                throw new Inputs.BadInput("--all 只能与 --format csv 或 jsonl 一起用");
            }
            format = f;
            Integer fromYear = Inputs.year("--from", from);
            Integer toYear = Inputs.year("--to", to);
            Inputs.yearRange(fromYear, toYear);
            req = new SearchRequest(query, Inputs.levels(level), Inputs.regions(region), fromYear, toYear, Inputs.sectors(sector),
                    Inputs.speakers(speaker), Inputs.deadlines(deadline), Inputs.date("--as-of", asOf, LocalDate.now()), Inputs.sort(sort),
                    Inputs.number("--offset", offset, 0, 0, Integer.MAX_VALUE), null, Inputs.number("--limit", limit, 10, 1, 1000), docs);
        } catch (Inputs.BadInput e) {
            System.err.println("luoshi search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (DirectiveSearcher s = new DirectiveSearcher(data.index())) {
            if (s.schema() < Fields.SCHEMA) {
                System.err.println("luoshi search: 提示：索引由旧版本建立，按日期排序和单字检索需要重新建立索引（./luoshi index 或重新 ingest）");
            }
            if (all) {
                export(s, req, out, en);
                return ExitCodes.OK;
            }
            SearchResult r = s.search(req);
            switch (format) {
                case "json" -> out.println(Json.mapper().writeValueAsString(r));
                case "jsonl" -> {
                    for (SearchHit h : r.hits()) {
                        out.println(Json.mapper().writeValueAsString(h));
                    }
                }
                case "csv" -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CSVPrinter p = Exports.csv(w, Exports.HIT_COLUMNS, en);
                    for (SearchHit h : r.hits()) {
                        Exports.row(p, Exports.HIT_COLUMNS, h, en);
                    }
                    p.flush();
                }
                default -> table(out, r, req, en);
            }
        } catch (QuerySyntaxException | MissingIndexException | IllegalArgumentException e) {
            System.err.println("luoshi search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    private void export(DirectiveSearcher s, SearchRequest req, PrintStream out, boolean en) throws IOException, QuerySyntaxException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = format.equals("csv") ? Exports.csv(w, Exports.HIT_COLUMNS, en) : null;
        long n;
        try {
            n = s.export(req, h -> {
                try {
                    if (p != null) {
                        Exports.row(p, Exports.HIT_COLUMNS, h, en);
                    } else {
                        Exports.jsonl(w, h);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (p != null) {
            p.flush();
        }
        w.flush();
        System.err.println("luoshi search: 导出 " + n + " 条");
    }

    private void table(PrintStream out, SearchResult r, SearchRequest req, boolean en) {
        String what = docs ? (en ? "documents" : "篇文档") : (en ? "directives" : "条指示");
        if (r.hits().isEmpty()) {
            out.println(en ? "no " + what + " match '" + query + "'" + filters() + (r.total() > 0 ? " beyond offset " + req.offset() : "")
                    : "没有" + (docs ? "文档" : "指示") + "符合「" + query + "」" + filters() + (r.total() > 0 ? "（共 " + r.total() + " 条，已超出 --offset）" : ""));
            return;
        }
        boolean terminal = System.console() != null;
        long i = req.offset();
        for (SearchHit h : r.hits()) {
            i++;
            out.printf(Locale.ROOT, "%d. [%s] %s %s%s%s%n", i, Labels.level(h.level(), en), nz(h.region()), Labels.date(h.date(), en),
                    h.speaker() == null ? "" : (en ? "  speaker: " : "  讲话人：") + h.speaker() + (h.speakerTitle() == null ? "" : "（" + h.speakerTitle() + "）"),
                    h.deadline() == null ? "" : (en ? "  deadline: " : "  期限：") + Labels.deadline(h.deadline().type(), h.deadline().value(), en));
            if (docs && h.title() != null) {
                out.println("   " + h.title());
            }
            out.println("   " + marked(h, terminal).replace('\n', ' '));
            out.println("   " + h.id() + "  " + nz(h.source()));
        }
        out.println(en ? String.format(Locale.ROOT, "%d %s match; showing %d–%d; sorted by %s", r.total(), what, req.offset() + 1, i, req.sort())
                : String.format(Locale.ROOT, "共 %d %s；显示第 %d–%d 条；排序：%s", r.total(), what, req.offset() + 1, i, sortLabel(req.sort())));
        if (r.next() != null) {
            out.println(en ? "next page: --offset " + i : "下一页：--offset " + i);
        }
        r.facets().forEach((dim, counts) -> {
            if (!counts.isEmpty()) {
                out.println("  " + Labels.dimension(dim, en) + (en ? ": " : "：") + counts.entrySet().stream()
                        .map(e -> Labels.facetValue(dim, e.getKey(), en) + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
        });
    }

    /** The hit's text with its highlights: inverse video on a terminal, ⟦…⟧ otherwise (never 【】, which texts use). */
    static String marked(SearchHit h, boolean terminal) {
        String text = nz(h.text());
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] m : h.highlights()) {
            int s = Math.max(at, Math.min(text.length(), m[0]));
            int e = Math.max(s, Math.min(text.length(), m[1]));
            b.append(text, at, s).append(terminal ? "\u001b[7m" : "⟦").append(text, s, e).append(terminal ? "\u001b[0m" : "⟧");
            at = e;
        }
        return b.append(text.substring(at)).toString();
    }

    private String filters() {
        StringBuilder b = new StringBuilder();
        append(b, "--level", level);
        append(b, "--region", region);
        append(b, "--from", from);
        append(b, "--to", to);
        append(b, "--sector", sector);
        append(b, "--speaker", speaker);
        append(b, "--deadline", deadline);
        return b.toString();
    }

    private static void append(StringBuilder b, String name, Object value) {
        if (value != null) {
            b.append(' ').append(name).append(' ').append(value instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(",")) : value);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The order of a search in Chinese (相关度, 最新在前, 最早在前). */
    private static String sortLabel(Object sort) {
        String s = String.valueOf(sort).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "relevance" -> "相关度";
            case "newest" -> "最新在前";
            case "oldest" -> "最早在前";
            default -> s;
        };
    }
}
