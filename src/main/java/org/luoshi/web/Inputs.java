package org.luoshi.web;

import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.index.SearchRequest;
import org.luoshi.nlp.ScriptConverter;
import org.luoshi.resources.ResourceLines;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of what a person gives as filters, the same for the CLI (exit 2) and the web (HTTP 400): every
 * value is folded to Simplified and checked, and a value that is not valid is a {@link BadInput} whose message, in
 * Chinese, names the parameter, what was given and the valid values. Levels, statuses, deadline types and orders are
 * taken as codes or as their Chinese labels ({@link Labels}); {@code unknown} / 未知 selects hits without a value.
 */
public final class Inputs {
    /** The earliest and latest years a year filter takes. */
    static final int MIN_YEAR = 1949;
    static final int MAX_YEAR = 2100;

    private static final Map<String, String> LEVELS = synonyms(new String[][] {
        {"national", "国家级", "国家", "全国", "中央"}, {"province", "省级", "省"}, {"city", "市级", "市", "地级"},
        {"county", "县级", "县"}, {"district", "区级", "区"}, {"township", "乡镇级", "乡镇", "乡", "镇", "街道"},
        {"unknown", "未知"}});
    private static final Map<String, String> DEADLINES = synonyms(new String[][] {
        {"any", "有期限"}, {"overdue", "已过期限", "逾期"}, {"none", "无期限", "无"}, {"date", "限期", "日期"},
        {"before_event", "事前"}, {"recurring", "定期"}, {"immediate", "立即"}});
    private static final Map<String, String> STATUSES = synonyms(new String[][] {
        {"open", "未落实"}, {"relayed", "已传达"}, {"reported_done", "已报告完成"}, {"overdue", "已逾期"}});
    private static final Map<String, String> SORTS = synonyms(new String[][] {
        {"relevance", "相关度", "相关"}, {"newest", "最新", "从新到旧"}, {"oldest", "最早", "从旧到新"}});
    /** The sectors of the controlled list (the extraction's sectors.txt) and 综合, the sector of directives naming none. */
    private static final List<String> SECTORS = sectors();

    private Inputs() {
    }

    /** A value that is not valid; the message says which parameter, what was given and what is valid. */
    public static final class BadInput extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public BadInput(String message) {
            super(message);
        }
    }

    /** Levels as codes: {@code county}, {@code 县级}, {@code 縣} → county. */
    public static List<String> levels(List<String> raw) {
        return codes("level", raw, LEVELS, "national（国家级）、province（省级）、city（市级）、county（县级）、district（区级）、township（乡镇级）、unknown（未知）");
    }

    public static List<String> deadlines(List<String> raw) {
        return codes("deadline", raw, DEADLINES, "any（有期限）、overdue（已过期限）、none（无期限）、date（限期）、before_event（事前）、recurring（定期）、immediate（立即）");
    }

    public static List<String> statuses(List<String> raw) {
        return codes("status", raw, STATUSES, "open（未落实）、relayed（已传达）、reported_done（已报告完成）、overdue（已逾期）");
    }

    public static SearchRequest.Sort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return SearchRequest.Sort.relevance;
        }
        return SearchRequest.Sort.valueOf(codes("sort", List.of(raw), SORTS, "relevance（相关度）、newest（最新）、oldest（最早）").get(0));
    }

    /** Sectors of the controlled list, in Simplified: {@code 煤礦} → 煤矿. */
    public static List<String> sectors(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String v : split(raw)) {
            String s = simplified(v);
            if (!SECTORS.contains(s)) {
                throw new BadInput("sector 不能是「" + v + "」：行业领域只能是 " + String.join("、", SECTORS) + " 之一");
            }
            out.add(s);
        }
        return out;
    }

    /** Divisions by name, short form (运城), Traditional (運城) or GB/T 2260 code (1408); {@code unknown} for none. */
    public static List<String> regions(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String v : split(raw)) {
            String s = simplified(v);
            if (s.equals("unknown") || s.equals("未知")) {
                out.add("unknown");
            } else if (s.matches("\\d{2,12}") ? Gazetteer.get().byCode(s) != null || s.length() > 6 && Gazetteer.get().byCode(s.substring(0, 6)) != null
                    : !Gazetteer.get().fullNames(s).isEmpty()) {
                out.add(s);
            } else {
                throw new BadInput("region 不能是「" + v + "」：地区要写行政区划名称（运城市、运城、運城）或 GB/T 2260 代码（1408），或 unknown（未知）");
            }
        }
        return out;
    }

    /** Speaker names folded to Simplified (any name is valid; one the index does not hold finds nothing). */
    public static List<String> speakers(List<String> raw) {
        return split(raw).stream().map(s -> s.equals("未知") ? "unknown" : simplified(s)).toList();
    }

    /** A year of 4 digits in [1949, 2100], or null when not given. */
    public static Integer year(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (!s.matches("\\d{4}") || Integer.parseInt(s) < MIN_YEAR || Integer.parseInt(s) > MAX_YEAR) {
            throw new BadInput(name + " 不能是「" + raw + "」：年份要写四位数字，在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间");
        }
        return Integer.valueOf(s);
    }

    /** Checks that a year range is not reversed. */
    public static void yearRange(Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            throw new BadInput("年份范围颠倒了：from " + from + " 晚于 to " + to);
        }
    }

    /** A date {@code YYYY-MM-DD}; {@code fallback} when not given. */
    public static LocalDate date(String name, String raw, LocalDate fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadInput(name + " 不能是「" + raw + "」：日期要写成 年-月-日，如 2020-01-31");
        }
    }

    /** A whole number in [min, max]; {@code fallback} when not given. */
    public static int number(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadInput(name + " 不能是「" + raw + "」：要写 " + min + " 到 " + max + " 之间的整数");
    }

    /** One of the allowed words. */
    public static String oneOf(String name, String raw, List<String> allowed, String fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!allowed.contains(raw.strip())) {
            throw new BadInput(name + " 不能是「" + raw + "」：只能是 " + String.join("、", allowed) + " 之一");
        }
        return raw.strip();
    }

    /** Values given as repeated parameters or separated by commas (, ， 、), blanks dropped, duplicates once. */
    static List<String> split(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw != null) {
            for (String r : raw) {
                if (r == null) {
                    continue;
                }
                for (String v : r.split("[,，、]")) {
                    if (!v.isBlank()) {
                        out.add(v.strip());
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> codes(String name, List<String> raw, Map<String, String> known, String valid) {
        List<String> out = new ArrayList<>();
        for (String v : split(raw)) {
            String code = known.get(simplified(v).toLowerCase(java.util.Locale.ROOT));
            if (code == null) {
                throw new BadInput(name + " 不能是「" + v + "」：只能是 " + valid + " 之一");
            }
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    private static Map<String, String> synonyms(String[][] rows) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] row : rows) {
            for (String s : row) {
                m.put(s, row[0]);
            }
        }
        return m;
    }

    private static String simplified(String s) {
        return ScriptConverter.get().toSimplified(s.strip());
    }

    private static List<String> sectors() {
        List<String> out = new ArrayList<>();
        for (String line : ResourceLines.read(Inputs.class, "/org/luoshi/extract/sectors.txt")) {
            out.add(line.split("\t", 2)[0]);
        }
        out.add("综合");
        return List.copyOf(out);
    }

    /** The sectors a sector filter takes. */
    public static List<String> sectorList() {
        return SECTORS;
    }
}
