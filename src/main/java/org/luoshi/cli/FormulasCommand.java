package org.luoshi.cli;

import org.apache.commons.csv.CSVPrinter;
import org.luoshi.formula.FormulaMiner;
import org.luoshi.formula.FormulaReport;
import org.luoshi.formula.Formulas;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.Fields;
import org.luoshi.index.MissingIndexException;
import org.luoshi.index.SearchHit;
import org.luoshi.model.Json;
import org.luoshi.web.Exports;
import org.luoshi.web.FormulaExports;
import org.luoshi.web.Inputs;
import org.luoshi.web.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code luoshi formulas}: how policy formulas (提法) spread down the levels, and which are new in a year. */
@Command(name = "formulas", mixinStandardHelpOptions = true,
        description = {"How policy formulas (提法, e.g. 党政同责、一岗双责) spread: for each PHRASE (Simplified or Traditional; "
            + "punctuation and spaces do not matter: 党政同责、一岗双责 = 党政同责 一岗双责 = “党政同责”“一岗双责”) its first use "
            + "(date, unit, level, document, sentence), uses per year and level, the first use at each level and its lag after the "
            + "first national use, the units that used it with their first dates, and the directives that carry it. A use is a "
            + "document holding the phrase, dated by its publication date (else its meeting date); counted from the index.",
            "With --new YEAR: the formulas first used in YEAR, used again later and carried by a directive (lists joined by 、, "
            + "quoted phrases, numbered slogans such as 三管三必须), ranked by the units and documents that used them in the 12 months from their first use."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered (also when a phrase is never used)", "2:bad phrase or option value (the message says why), or no index"})
final class FormulasCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "0..*", paramLabel = "PHRASE", description = "Formulas to follow, one argument each (quote a phrase with spaces).")
    List<String> phrases = new ArrayList<>();

    @Option(names = "--new", paramLabel = "YEAR", description = "Mine the formulas first used in this year instead.")
    String newIn;

    @Option(names = "--top", paramLabel = "N", defaultValue = "30", description = "With --new: how many to list, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    String top;

    @Option(names = "--directives", paramLabel = "N", defaultValue = "10", description = "Directives listed per phrase, 0 to 1000 (default: ${DEFAULT-VALUE}).")
    String directives;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}); csv (UTF-8 with BOM) "
            + "holds the uses per year and level, or with --new the list.")
    String format;

    @Option(names = "--lang", defaultValue = "zh", description = "Labels of table and csv: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean en;
        int year = 0;
        int topN;
        int shown;
        try {
            format = Inputs.oneOf("--format", format, List.of("table", "json", "csv"), "table");
            en = "en".equals(Inputs.oneOf("--lang", lang, List.of("zh", "en"), "zh"));
            topN = Inputs.number("--top", top, 30, 1, 1000);
            shown = Inputs.number("--directives", directives, 10, 0, 1000);
            if (newIn != null) {
                year = Inputs.year("--new", newIn);
                if (!phrases.isEmpty()) {
                    throw new Inputs.BadInput("--new 与提法不能同时给出：要么查提法，要么挖掘某年的新提法");
                }
            } else if (phrases.isEmpty()) {
                throw new Inputs.BadInput("需要至少一个提法（如 luoshi formulas 党政同责、一岗双责），或 --new 年份");
            }
            for (String p : phrases) {
                Formulas.terms(p);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("luoshi formulas: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (DirectiveSearcher s = new DirectiveSearcher(data.index())) {
            if (s.schema() < Fields.SCHEMA) {
                System.err.println("luoshi formulas: 提示：索引由旧版本建立，使用按会议日期（而非发布日期）计；重新运行 ingest 后按发布日期计");
            }
            if (newIn != null) {
                FormulaMiner.Result r = FormulaMiner.mine(s, year, topN, m -> System.err.println("luoshi formulas: " + m));
                printNew(out, r, en);
                return ExitCodes.OK;
            }
            List<FormulaReport> reports = new ArrayList<>();
            for (String p : phrases) {
                reports.add(Formulas.report(s, p, shown));
            }
            switch (format) {
                case "json" -> out.println(Json.mapper().writeValueAsString(reports));
                case "csv" -> FormulaExports.years(out, reports, en);
                default -> reports.forEach(r -> table(out, r, en));
            }
        } catch (MissingIndexException e) {
            System.err.println("luoshi formulas: 数据目录 " + data.data + " 还没有索引：先运行 ./luoshi ingest 路径 --data " + data.data + "（" + e.getMessage() + "）");
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    private void printNew(PrintStream out, FormulaMiner.Result r, boolean en) throws IOException {
        switch (format) {
            case "json" -> out.println(Json.mapper().writeValueAsString(r));
            case "csv" -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = Exports.csv(w, FormulaExports.NEW_COLUMNS, en);
                for (FormulaMiner.Found f : r.formulas()) {
                    Exports.row(p, FormulaExports.NEW_COLUMNS, f, en);
                }
                p.flush();
            }
            default -> {
                out.println(en ? String.format(Locale.ROOT, "Formulas first used in %d and used again later: %d (of %d candidates in %d documents)",
                        r.year(), r.kept(), r.candidates(), r.documentsRead())
                        : String.format(Locale.ROOT, "%d 年首次出现、其后再被使用的提法：%d 个（%d 篇文档中的 %d 个候选）",
                        r.year(), r.kept(), r.documentsRead(), r.candidates()));
                out.println(en ? "rank  formula  shape  first use  unit  12 months: units documents  in all: units documents directives"
                        : "名次  提法  形式  首次使用  单位  12个月内：单位 文档  累计：单位 文档 指示");
                for (FormulaMiner.Found f : r.formulas()) {
                    out.printf(Locale.ROOT, "%3d. %s  [%s]  %s  %s  %d %d  %d %d %d%n", f.rank(), f.formula(), FormulaExports.kind(f.kind(), en),
                            f.firstDate(), FormulaExports.unit(f.firstLevel(), f.firstRegion(), en), f.units12m(), f.documents12m(), f.units(), f.documents(), f.directives());
                    if (!f.longer().isEmpty()) {
                        List<String> some = f.longer().subList(0, Math.min(3, f.longer().size()));
                        out.println("      " + (en ? "longer: " : "完整形式：") + String.join(" / ", some)
                                + (some.size() < f.longer().size() ? (en ? " and " : " 等 ") + f.longer().size() + (en ? " in all" : " 种") : ""));
                    }
                }
            }
        }
    }

    private static void table(PrintStream out, FormulaReport r, boolean en) {
        out.println((en ? "Formula “" : "提法「") + r.phrase() + (en ? "” (matched: " : "」（匹配：") + r.key() + (en ? ")" : "）"));
        out.println(en ? String.format(Locale.ROOT, "  used in %d documents (%d undated), %d directives", r.documents(), r.undated(), r.directives())
                : String.format(Locale.ROOT, "  使用于 %d 篇文档（其中无日期 %d 篇），%d 条指示", r.documents(), r.undated(), r.directives()));
        if (r.first() == null) {
            out.println(en ? "  never used in a dated document" : "  没有有日期的文档使用过");
            out.println();
            return;
        }
        FormulaReport.Use f = r.first();
        out.println((en ? "  first use: " : "  首次使用：") + f.date() + "  " + FormulaExports.unit(f.level(), f.region(), en) + "  "
                + (f.title() == null ? "" : "《" + f.title() + "》") + "  " + f.doc());
        if (f.sentence() != null) {
            out.println((en ? "    sentence: " : "    原句：") + f.sentence());
        }
        out.println(en ? "  uses per year (documents):" : "  各年使用（文档数）：");
        StringBuilder head = new StringBuilder(en ? "    year  total" : "    年份  合计");
        for (String l : Formulas.LEVELS) {
            head.append("  ").append(Labels.level(l.equals("unknown") ? null : l, en));
        }
        out.println(head);
        for (FormulaReport.YearCount y : r.years()) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "    %d  %5d", y.year(), y.total()));
            for (String l : Formulas.LEVELS) {
                b.append(String.format(Locale.ROOT, "  %5d", y.levels().getOrDefault(l, 0)));
            }
            out.println(b);
        }
        out.println(en ? "  first use at each level:" : "  各层级首次使用：");
        for (FormulaReport.LevelFirst l : r.levels()) {
            out.println("    " + Labels.level(l.level().equals("unknown") ? null : l.level(), en) + "  " + l.first().date() + "  "
                    + FormulaExports.lag(l.lagDays(), en) + "  " + (en ? "documents " : "文档 ") + l.documents() + "  "
                    + (l.first().title() == null ? "" : "《" + l.first().title() + "》"));
        }
        out.println(en ? "  units, by first use:" : "  使用单位（按首次使用）：");
        for (FormulaReport.UnitUse u : r.units()) {
            out.println("    " + u.firstDate() + "  " + FormulaExports.unit(u.level(), u.region(), en) + "  " + (en ? "documents " : "文档 ") + u.documents());
        }
        if (!r.directiveHits().isEmpty()) {
            out.println(en ? String.format(Locale.ROOT, "  directives (first %d of %d):", r.directiveHits().size(), r.directives())
                    : String.format(Locale.ROOT, "  指示（最早 %d 条，共 %d 条）：", r.directiveHits().size(), r.directives()));
            for (SearchHit h : r.directiveHits()) {
                out.println("    " + Labels.date(h.date(), en) + "  [" + Labels.level(h.level(), en) + "] " + SearchCommand.marked(h, false).replace('\n', ' '));
                out.println("      " + h.id());
            }
        }
        out.println();
    }
}
