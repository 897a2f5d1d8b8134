package org.luoshi.extract;

import org.luoshi.model.Deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline of a directive sentence (ANNOTATION.md, Deadlines): a calendar end point ({@code 到9月底},
 * {@code 12月20日前}, {@code 年底前}, {@code 三季度末}), an event or season ({@code 节前}, {@code 汛期前},
 * {@code 岁末年初}), a recurrence ({@code 每月一次} → P1M) or immediacy ({@code 立即}, {@code 尽快}) governing the
 * action ordered. Dates take their year from the text or the meeting date and roll to the next year when they
 * would fall before the meeting; with no year known they are {@code --MM-DD}. A date wins over the other kinds;
 * otherwise the first in the sentence.
 */
public final class DeadlineExtractor {
    private static final String NUM = "[0-9一二三四五六七八九十两]{1,3}";
    private static final Pattern MONTH_DATE = Pattern.compile(
            "(?:(\\d{4})年)?(" + NUM + ")月(?:(" + NUM + ")日|(底|末|份|中旬|下旬|上旬|初))?(前|之前|以前)?");
    private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})年|今年|年)(底|末)(前)?|年内|今年内|下半年|上半年|明年(底|末)");
    /** 上半年/下半年 bound an action only when a completion follows (上半年完成), not as a modifier (上半年工作成效). */
    private static final Pattern HALF_YEAR_BOUND = Pattern.compile("(前|内|底|末|全部|基本|完成|实现|[，。；]|$)");
    private static final Pattern QUARTER = Pattern.compile("([一二三四1-4])季度(末|底)(前)?");
    private static final Pattern PERIOD = Pattern.compile("\\d{1,2}[-—~至到]\\d{1,2}月");
    private static final Pattern CUE_BEFORE = Pattern.compile("(到|至|截至|截止|于|在|即日起至|前)$");
    private static final Pattern CUE_AFTER = Pattern.compile("^(全部|完成|结束|启动|报送|上报|前|之前|底前|完|基本完成|全面完成|实现|办结|整改到位)");
    private static final Pattern MONTH_END_ONLY = Pattern.compile("(?<![年\\d])月底前");
    private static final Pattern RECURRING = Pattern.compile("每(半年|年|季度|季|月|周|星期|旬|天|日)");
    private static final Pattern IMMEDIATE = Pattern.compile("立即|马上|迅速|尽快|第一时间|立刻|即刻");
    private static final Pattern GIVING = Pattern.compile("^(作出|做出|批示|指示|召开|赶赴)");
    private static final Pattern EVENT = Pattern.compile("(?:" + Lexicons.alternation(Lexicons.lines("events.txt"))
            + ")”?(?:假期|长假|小长假)?(?:和(?:" + Lexicons.alternation(Lexicons.lines("events.txt"))
            + "))?(?:前|期间|临近|在即|将至|来临之际|到来之际|之际|前后)?");

    /**
     * @param sentence    the directive sentence
     * @param markerAt    offset of the sentence's first deontic marker, or -1 (immediacy must follow it)
     * @param meetingDate the meeting date ({@code YYYY-MM-DD}, {@code --MM-DD} or null)
     */
    public Deadline extract(String sentence, int markerAt, String meetingDate) {
        Deadline date = date(sentence, meetingDate);
        if (date != null) {
            return date;
        }
        List<Found> found = new ArrayList<>();
        Matcher m = RECURRING.matcher(sentence);
        if (m.find()) {
            found.add(new Found(m.start(), new Deadline(recurringText(sentence, m), "recurring", period(m.group(1)))));
        }
        m = EVENT.matcher(sentence);
        while (m.find()) {
            String after = sentence.substring(m.end());
            String ev = m.group();
            boolean bare = !(ev.endsWith("前") || ev.endsWith("期间") || ev.endsWith("临近") || ev.endsWith("之际") || ev.endsWith("前后")
                    || ev.endsWith("在即") || ev.endsWith("将至"));
            boolean modifiesNoun = !after.isEmpty() && Character.isLetter(after.charAt(0)) && !after.startsWith("和");
            boolean quoted = after.startsWith("”前") || (ev.endsWith("”") && after.startsWith("前"));
            if (quoted || modifiesNoun || (bare && !isSeasonOnItsOwn(ev, sentence, m.start()))) {
                continue;
            }
            found.add(new Found(m.start(), new Deadline(ev, "before_event", null)));
            break;
        }
        m = IMMEDIATE.matcher(sentence);
        while (m.find()) {
            if (markerAt >= 0 && m.start() < markerAt) {
                continue;
            }
            if (GIVING.matcher(sentence.substring(m.end())).find()) {
                continue;
            }
            found.add(new Found(m.start(), new Deadline(m.group(), "immediate", null)));
            break;
        }
        return found.stream().min(Comparator.comparingInt(Found::at)).map(Found::deadline).orElse(null);
    }

    private record Found(int at, Deadline deadline) {
    }

    /** Seasons such as 主汛期 or 岁末年初 count on their own after 正值/进入/临近 or at a clause start. */
    private static boolean isSeasonOnItsOwn(String ev, String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 3), at);
        return before.endsWith("正值") || before.endsWith("进入") || before.endsWith("临近") || before.endsWith("值此")
                || ev.startsWith("主汛期") || ev.startsWith("岁末年初") || ev.startsWith("年末岁首");
    }

    private Deadline date(String s, String meetingDate) {
        Integer meetYear = null;
        Integer meetMonth = null;
        Integer meetDay = null;
        if (meetingDate != null && meetingDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            meetYear = Integer.parseInt(meetingDate.substring(0, 4));
            meetMonth = Integer.parseInt(meetingDate.substring(5, 7));
            meetDay = Integer.parseInt(meetingDate.substring(8, 10));
        } else if (meetingDate != null && meetingDate.matches("--\\d{2}-\\d{2}")) {
            meetMonth = Integer.parseInt(meetingDate.substring(2, 4));
            meetDay = Integer.parseInt(meetingDate.substring(5, 7));
        }
        Matcher q = QUARTER.matcher(s);
        if (q.find()) {
            int quarter = "一1".indexOf(q.group(1)) >= 0 ? 1 : "二2".indexOf(q.group(1)) >= 0 ? 2 : "三3".indexOf(q.group(1)) >= 0 ? 3 : 4;
            return new Deadline(q.group(), "date", value(meetYear, quarter * 3, 0, meetMonth, meetDay));
        }
        Matcher y = YEAR_END.matcher(s);
        if (y.find() && (y.group().contains("底") || y.group().contains("末") || y.group().contains("内")
                || (y.group().contains("半年") && HALF_YEAR_BOUND.matcher(s.substring(y.end())).lookingAt()))) {
            String g = y.group();
            Integer year = y.group(1) != null ? Integer.valueOf(y.group(1)) : meetYear;
            if (g.startsWith("明年") && year != null) {
                year = year + 1;
            }
            int month = g.equals("上半年") ? 6 : 12;
            return new Deadline(g, "date", y.group(1) != null ? format(year, month, 0) : value(year, month, 0, meetMonth, meetDay));
        }
        Matcher me = MONTH_END_ONLY.matcher(s);
        if (me.find() && meetMonth != null) {
            return new Deadline("月底前", "date", format(meetYear, meetMonth, 0));
        }
        Matcher m = MONTH_DATE.matcher(s);
        while (m.find()) {
            if (PERIOD.matcher(s.substring(Math.max(0, m.start() - 4), Math.min(s.length(), m.end()))).find()) {
                continue;
            }
            String before = s.substring(Math.max(0, m.start() - 5), m.start());
            String after = s.substring(m.end());
            String suffix = m.group(4);
            boolean deadlineCue = m.group(5) != null || CUE_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).find()
                    || "底".equals(suffix) || "末".equals(suffix);
            if (!deadlineCue) {
                continue;
            }
            Integer month = number(m.group(2));
            if (month == null || month < 1 || month > 12) {
                continue;
            }
            int day = m.group(3) != null ? number(m.group(3)) : 0;
            if ("中旬".equals(suffix)) {
                day = 20;
            } else if ("上旬".equals(suffix)) {
                day = 10;
            }
            String text = s.substring(Math.max(m.start() - (before.endsWith("到") || before.endsWith("至") ? 1 : 0), 0), m.end())
                    + (after.startsWith("结束") ? "结束" : "");
            if (m.group(1) != null) {
                return new Deadline(text, "date", format(Integer.parseInt(m.group(1)), month, day));
            }
            return new Deadline(text, "date", value(meetYear, month, day, meetMonth, meetDay));
        }
        return null;
    }

    /** A date in the meeting's year, or the next when it would fall before the meeting; --MM-DD with no year. */
    private static String value(Integer year, int month, int day, Integer meetMonth, Integer meetDay) {
        if (year == null) {
            return format(null, month, day);
        }
        int y = year;
        if (meetMonth != null && (month < meetMonth || (month == meetMonth && day != 0 && meetDay != null && day < meetDay))) {
            y++;
        }
        return format(y, month, day);
    }

    /** Day 0 means the last day of the month. */
    private static String format(Integer year, int month, int day) {
        if (year == null) {
            int last = day == 0 ? YearMonth.of(2001, month).lengthOfMonth() : day;
            return String.format("--%02d-%02d", month, last);
        }
        LocalDate d = day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        return d.toString();
    }

    private static String period(String unit) {
        return switch (unit) {
            case "半年" -> "P6M";
            case "年" -> "P1Y";
            case "季度", "季" -> "P3M";
            case "月" -> "P1M";
            case "周", "星期" -> "P1W";
            case "旬" -> "P10D";
            default -> "P1D";
        };
    }

    private static String recurringText(String s, Matcher m) {
        int end = s.indexOf("一次", m.end());
        return end >= 0 && end - m.end() <= 8 ? s.substring(m.start(), end + 2) : m.group();
    }

    static Integer number(String s) {
        if (s.matches("\\d+")) {
            return Integer.parseInt(s);
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '两') {
                current = 2;
            } else if (digits.indexOf(c) >= 0) {
                current = digits.indexOf(c);
            } else {
                return null;
            }
        }
        return value + current;
    }
}
