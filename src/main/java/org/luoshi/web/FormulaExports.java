package org.luoshi.web;

import org.luoshi.formula.FormulaCandidates;
import org.luoshi.formula.FormulaMiner;
import org.luoshi.formula.FormulaReport;
import org.luoshi.formula.Formulas;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV of formulas, the same from the web and the CLI ({@link Exports}): the uses per year and level of a phrase
 * (the numbers of its chart), and the list of formulas new in a year; and the labels both show.
 */
public final class FormulaExports {
    private FormulaExports() {
    }

    /** One year of a phrase's uses. */
    public record YearRow(String phrase, FormulaReport.YearCount year) {
    }

    /** Phrase, year, uses in all, then uses at each level ({@link Formulas#LEVELS}). */
    public static final List<Exports.Column<YearRow>> YEAR_COLUMNS = yearColumns();

    /** The list of formulas new in a year. */
    public static final List<Exports.Column<FormulaMiner.Found>> NEW_COLUMNS = List.of(
            new Exports.Column<>("名次", "rank", (f, en) -> String.valueOf(f.rank())),
            new Exports.Column<>("提法", "formula", (f, en) -> f.formula()),
            new Exports.Column<>("形式", "shape", (f, en) -> kind(f.kind(), en)),
            new Exports.Column<>("首次使用日期", "first use", (f, en) -> f.firstDate()),
            new Exports.Column<>("首次使用单位", "first unit", (f, en) -> unit(f.firstLevel(), f.firstRegion(), en)),
            new Exports.Column<>("首次使用文档", "first document", (f, en) -> f.firstDoc()),
            new Exports.Column<>("12个月内单位数", "units in 12 months", (f, en) -> String.valueOf(f.units12m())),
            new Exports.Column<>("12个月内文档数", "documents in 12 months", (f, en) -> String.valueOf(f.documents12m())),
            new Exports.Column<>("累计单位数", "units", (f, en) -> String.valueOf(f.units())),
            new Exports.Column<>("累计文档数", "documents", (f, en) -> String.valueOf(f.documents())),
            new Exports.Column<>("含此提法的指示数", "directives", (f, en) -> String.valueOf(f.directives())),
            new Exports.Column<>("完整形式", "longer forms", (f, en) -> String.join(" / ", f.longer())));

    private static List<Exports.Column<YearRow>> yearColumns() {
        List<Exports.Column<YearRow>> c = new ArrayList<>();
        c.add(new Exports.Column<>("提法", "formula", (r, en) -> r.phrase()));
        c.add(new Exports.Column<>("年份", "year", (r, en) -> String.valueOf(r.year().year())));
        c.add(new Exports.Column<>("合计", "total", (r, en) -> String.valueOf(r.year().total())));
        for (String l : Formulas.LEVELS) {
            String code = l.equals("unknown") ? null : l;
            c.add(new Exports.Column<>(Labels.level(code, false), Labels.level(code, true),
                    (r, en) -> String.valueOf(r.year().levels().getOrDefault(l, 0))));
        }
        return List.copyOf(c);
    }

    /** Writes the uses per year and level of every report ({@link #YEAR_COLUMNS}) as CSV to {@code out}. */
    public static void years(OutputStream out, List<FormulaReport> reports, boolean en) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = Exports.csv(w, YEAR_COLUMNS, en);
        for (FormulaReport r : reports) {
            for (FormulaReport.YearCount y : r.years()) {
                Exports.row(p, YEAR_COLUMNS, new YearRow(r.phrase(), y), en);
            }
        }
        p.flush();
    }

    /** A shape as shown: 列举 (list), 引号 (quoted), 编号 (numbered). */
    public static String kind(FormulaCandidates.Kind k, boolean en) {
        return switch (k) {
            case list -> en ? "list" : "列举";
            case quoted -> en ? "quoted" : "引号";
            case numbered -> en ? "numbered" : "编号";
        };
    }

    /** A unit as shown: its level and its region ({@code 省级 河北省}; the national level as 国家级; neither known: 单位不详). */
    public static String unit(String level, String region, boolean en) {
        if (level == null && region == null) {
            return en ? "unit unknown" : "单位不详";
        }
        String l = Labels.level(level, en);
        return "national".equals(level) || region == null ? l : l + " " + region;
    }

    /** A lag after the first national use as read: 晚于全国 24 天, 早于全国 3 天, 与全国同日; empty without one. */
    public static String lag(Long days, boolean en) {
        if (days == null) {
            return "";
        }
        if (days == 0) {
            return en ? "same day as national" : "与全国同日";
        }
        return en ? Math.abs(days) + (days > 0 ? " days after national" : " days before national")
                : (days > 0 ? "晚于全国 " : "早于全国 ") + Math.abs(days) + " 天";
    }
}
