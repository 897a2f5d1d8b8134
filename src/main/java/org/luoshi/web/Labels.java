package org.luoshi.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the codes of the records (levels, statuses, deadline types, roles, facet dimensions, dates) are called on a
 * page or in an export, in Chinese (the default) or English. The codes themselves stay in JSON.
 */
public final class Labels {
    private static final Map<String, String[]> LEVELS = Map.of(
            "national", new String[] {"国家级", "national"},
            "province", new String[] {"省级", "province"},
            "city", new String[] {"市级", "city"},
            "county", new String[] {"县级", "county"},
            "district", new String[] {"区级", "district"},
            "township", new String[] {"乡镇级", "township"});
    private static final Map<String, String[]> STATUSES = Map.of(
            "open", new String[] {"未落实", "open"},
            "relayed", new String[] {"已传达", "relayed"},
            "reported_done", new String[] {"已报告完成", "reported done"},
            "overdue", new String[] {"已逾期", "overdue"},
            "source", new String[] {"原指示", "source"});
    private static final Map<String, String[]> DEADLINES = Map.of(
            "date", new String[] {"限期", "by a date"},
            "before_event", new String[] {"事前", "before an event"},
            "recurring", new String[] {"定期", "recurring"},
            "immediate", new String[] {"立即", "immediate"},
            "none", new String[] {"无期限", "none"},
            "any", new String[] {"有期限", "any"},
            "overdue", new String[] {"已过期限", "overdue"});
    private static final Map<String, String[]> ROLES = Map.of(
            "speaker", new String[] {"讲话", "speaker"},
            "host", new String[] {"主持", "host"},
            "attendee", new String[] {"出席", "attendee"},
            "mentioned", new String[] {"提及", "mentioned"});
    private static final Map<String, String[]> DIMENSIONS = Map.of(
            "level", new String[] {"层级", "level"},
            "region", new String[] {"地区", "region"},
            "year", new String[] {"年份", "year"},
            "sector", new String[] {"行业领域", "sector"},
            "speaker", new String[] {"讲话人", "speaker"},
            "deadline", new String[] {"期限", "deadline"});
    private static final Map<String, String[]> PERIODS = Map.of(
            "P1D", new String[] {"每天", "daily"},
            "P1W", new String[] {"每周", "weekly"},
            "P1M", new String[] {"每月", "monthly"},
            "P3M", new String[] {"每季度", "quarterly"},
            "P6M", new String[] {"每半年", "half-yearly"},
            "P1Y", new String[] {"每年", "yearly"});
    private static final String[] UNKNOWN = {"未知", "unknown"};
    private static final Pattern DATE = Pattern.compile("(\\d{4}|-)-(\\d{2})(?:-(\\d{2}))?|(\\d{4})");

    private Labels() {
    }

    public static String level(String code, boolean en) {
        return of(LEVELS, code, en);
    }

    public static String status(String code, boolean en) {
        return of(STATUSES, code, en);
    }

    public static String deadlineType(String code, boolean en) {
        return of(DEADLINES, code, en);
    }

    public static String role(String code, boolean en) {
        return of(ROLES, code, en);
    }

    public static String dimension(String code, boolean en) {
        return of(DIMENSIONS, code, en);
    }

    /** A facet value as shown: levels and deadline types by their label, {@code unknown} as 未知, others as they are. */
    public static String facetValue(String dim, String value, boolean en) {
        if ("unknown".equals(value)) {
            return UNKNOWN[en ? 1 : 0];
        }
        return switch (dim) {
            case "level" -> level(value, en);
            case "deadline" -> deadlineType(value, en);
            default -> value;
        };
    }

    /**
     * A date of the records as read: {@code 2019-11-22} → 2019年11月22日, {@code 2019-11} → 2019年11月, {@code --08-25}
     * (year not known) → 8月25日（年份不详）; in English the ISO form, and "25 Aug (year unknown)". Null → "".
     */
    public static String date(String iso, boolean en) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        Matcher m = DATE.matcher(iso);
        if (!m.matches()) {
            return iso;
        }
        if (m.group(4) != null) {
            return en ? m.group(4) : m.group(4) + "年";
        }
        int month = Integer.parseInt(m.group(2));
        String day = m.group(3);
        if (m.group(1).equals("-")) {
            if (day == null) {
                return iso;
            }
            return en ? Integer.parseInt(day) + " " + java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                    + " (year unknown)" : month + "月" + Integer.parseInt(day) + "日（年份不详）";
        }
        if (en) {
            return iso;
        }
        return m.group(1) + "年" + month + "月" + (day == null ? "" : Integer.parseInt(day) + "日");
    }

    /** A deadline as read: its type, and its date or period ({@code P1M} → 每月) where it has one. */
    public static String deadline(String type, String value, boolean en) {
        if (type == null) {
            return en ? "none" : "无";
        }
        String v = value == null ? "" : "date".equals(type) ? date(value, en) : PERIODS.containsKey(value) ? of(PERIODS, value, en) : value;
        return deadlineType(type, en) + (v.isEmpty() ? "" : " " + v);
    }

    /** A deadline with a computed value marked as such: 日期 2023年12月31日（推算：年份取自会议日期）. */
    public static String deadline(String type, String value, String inferred, boolean en) {
        String d = deadline(type, value, en);
        return inferred == null ? d : d + (en ? " (inferred: " + inferred + ")" : "（推算：" + inferredLabel(inferred) + "）");
    }

    private static String inferredLabel(String inferred) {
        return switch (inferred) {
            case "year from meeting date" -> "年份取自会议日期";
            case "year rolled forward" -> "早于会议，顺延至次年";
            case "relative to meeting date" -> "相对会议日期计算";
            case "year from cited documents" -> "年份取自所引文件";
            default -> inferred.startsWith("work days") ? "按工作日从会议日期计算" : inferred;
        };
    }

    private static String of(Map<String, String[]> m, String code, boolean en) {
        if (code == null) {
            return UNKNOWN[en ? 1 : 0];
        }
        String[] l = m.get(code);
        return l == null ? code : l[en ? 1 : 0];
    }
}
