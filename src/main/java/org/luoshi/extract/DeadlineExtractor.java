package org.luoshi.extract;

import org.luoshi.model.Deadline;
import org.luoshi.nlp.LeadCharPattern;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deadline of a directive sentence (ANNOTATION.md, Deadlines; issue 15): a calendar end point ({@code 到9月底},
 * {@code 十二月底前}, {@code 下个月10日前}, {@code 自…起至2024年5月31日止}, {@code 5个工作日内}), an event or season
 * ({@code 春节前}, {@code 主汛期到来前}, {@code 元宵节期间}, {@code 岁末年初}, {@code 即日起至全国两会结束}), a
 * recurrence ({@code 每月一次} P1M, {@code 一周一调度} P1W) or immediacy ({@code 立即}, {@code 尽快}) governing the
 * action ordered. One per sentence: the first in the sentence that governs its action. A time inside a modifier
 * before the order ({@code 对春节期间发现的隐患，要…}) or a start signal ({@code 马上行动，到9月底结束…}) counts only
 * when nothing else does. Not deadlines: a date with no end-point cue (the meeting's own {@code 4月12日，…}), a
 * start ({@code 自3月1日起}), a period of a report ({@code 1-7月份}, {@code 截至9月底}), a period in the name of a
 * system ({@code 年底集中通报制度}), immediacy of giving the instruction ({@code 立即作出重要指示}). Values are
 * counted against the meeting date by {@link DeadlineCalendar}, which says how each was inferred.
 *
 * <p>The sentence is scanned once with one pattern whose matches can start only with the characters its
 * alternatives open with ({@link LeadCharPattern}); the checks of each match look at a few characters around it.
 * The words are data: events.txt, event-bounds.txt, immediacy.txt, deadline-completions.txt,
 * deadline-system-nouns.txt.
 */
public final class DeadlineExtractor {
    private static final String ARABIC = "[0-9０-９]";
    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九十两";
    /** A month, a day or an hour: Arabic or Chinese numerals. */
    private static final String NUM = "(?:" + ARABIC + "{1,2}|[一二三四五六七八九十两]{1,3})";
    private static final String TIME = "(?:(?:上午|下午|中午|晚上|早上|凌晨)?(?:" + NUM + "[时点](?:" + ARABIC + "{1,2}分|半)?|" + ARABIC
            + "{1,2}[:：]" + ARABIC + "{2})|下班)";
    /** Words of a holiday that may follow an event (国庆节, 五一假期, 十一长假). */
    private static final List<String> HOLIDAY_WORDS = List.of("节", "佳节", "假期", "长假", "小长假", "黄金周", "假日");

    /** events.txt: an event per line, a second column {@code bounded} when it counts only with a bound. */
    private static final List<String[]> EVENT_LINES = Lexicons.lines("events.txt").stream().map(l -> l.split("\\s+")).toList();
    private static final List<String> EVENTS = EVENT_LINES.stream().map(e -> e[0]).toList();
    private static final Set<String> BOUNDED_ONLY = EVENT_LINES.stream().filter(e -> e.length > 1 && e[1].equals("bounded"))
            .map(e -> e[0]).collect(Collectors.toSet());
    private static final List<String> COMPLETIONS = Lexicons.lines("deadline-completions.txt");
    private static final List<String> SYSTEM_NOUNS = Lexicons.lines("deadline-system-nouns.txt");
    /** Bounds written right after a date: longest first. */
    private static final List<String> DATE_BOUNDS = List.of("之前", "以前", "为止", "之内", "以内", "前", "止", "内");
    /** Words after a date without a bound that make it a start or an event's date, not an end point. */
    private static final List<String> NOT_AN_END = List.of("起", "以来", "以后", "之后", "后", "开始", "召开", "举行", "发生",
            "开幕", "闭幕", "印发", "发布", "出台", "施行", "实施", "到期");
    /** Verbs that make a date in their clause the day of an event (会议于6月12日在县政府召开), unless it orders. */
    private static final List<String> EVENT_VERBS = List.of("召开", "举行", "发生", "开幕", "闭幕", "印发", "发布", "出台");
    /** Words after which a one-character event counts (确保年前完成, 力争节前): words of the order's time. */
    private static final List<String> ONE_CHARACTER_EVENT_CUES = List.of("确保", "力争", "争取", "务必", "必须", "要");
    /** Words before a bare event that make it the time of the clause (正值主汛期，…). */
    private static final List<String> SEASON_OPENERS = List.of("正值", "进入", "值此", "时值", "临近", "正处于", "处于", "适逢",
            "恰逢", "迎来", "面临");
    /** Words opening a clause of purpose: a time in it is not the order's (为确保春节期间安全，…). */
    private static final List<String> PURPOSE_OPENERS = List.of("为");
    /** Words opening a topic clause: a time in it before the order modifies the topic (对春节期间发现的隐患，要…). */
    private static final List<String> TOPIC_OPENERS = List.of("对", "针对", "凡");
    /** Words after immediacy that say how the instruction was given, not what is ordered (立即作出重要指示). */
    private static final List<String> GIVING = List.of("作出", "做出", "批示", "指示", "召开", "赶赴");
    /** Immediacy on a bare call to act (马上行动，): a start signal, the time of the action ordered comes after it. */
    private static final List<String> START_SIGNALS = List.of("行动起来", "动员起来", "动起来", "行动");

    private static final String RECURRING = "每(?<rn>" + NUM + "|半)?个?(?<ru>工作日|季度|星期|年|季|月|周|旬|天|日)"
            + "(?<rtail>(?:" + NUM + "[日号])?(?:" + TIME + ")?(?:之前|以前|前))?"
            + "|一(?<ru2>[日天周月季年旬])一(?![度个切样年天日月周季号])[\\x{4e00}-\\x{9fff}]{1,2}";
    private static final String EVENT_ITEM = "[“\"]?(?:" + Lexicons.alternation(EVENTS) + ")[”\"]?(?:" + Lexicons.alternation(HOLIDAY_WORDS) + ")?";
    private static final String EVENT = "(?<from>(?:自|从)?(?:即日|今日|今天|现在|当前)起(?:至|到))?(?<now>当前|目前|眼下)?"
            + "(?<ev>" + EVENT_ITEM + "(?:[、和及与暨]?" + EVENT_ITEM + ")*)"
            + "(?:(?<bnd>" + Lexicons.alternation(Lexicons.lines("event-bounds.txt")) + ")|(?=[，,：:；;。！!]|$))";
    private static final String YEAR4 = "(?:" + ARABIC + "{4}|[〇零一二三四五六七八九]{4})";
    /** 9月底, 十二月月底, 2024年3月1日17时, 明年3月末, 本月末, 下个月10日, 11月份. */
    private static final String MONTH = year("m") + "?(?:(?<mo>" + NUM + ")月|(?<rmo>本月|当月|下个?月|次月))份?"
            + "(?:(?<da>" + NUM + ")[日号](?:" + TIME + ")?|(?<pa>月底|月末|底|末|中下旬|上中旬|中旬|上旬|下旬|初))?";
    /** 年底, 2022年底, 今年年底, 年内, 本年度内 (not 年终: 年终考核, 年终突击花钱). */
    private static final String YEAR_END = "(?:" + year("e") + "年?|(?<ny>年))(?<yp>底|末|内)(?!蒙)";
    /** 三季度末, 明年一季度末, 第二季度, 本季度末. */
    private static final String QUARTER = year("q") + "?(?:第?(?<q>[一二三四1-4１-４])季度|(?<rq>本季度|当季度|本季|下季度|下一季度|下个季度))(?<qe>末|底)?";
    private static final String HALF = year("h") + "?(?<half>上半年|下半年)";
    /** 2024-05-31, 2024.5.31, 2024/5/31. */
    private static final String ISO = "(?<iy>[0-9]{4})[-./](?<im>[0-9]{1,2})[-./](?<id>[0-9]{1,2})(?![0-9])";
    /** 10日内, 5个工作日内, 一周内, 两个月内, 半个月内. */
    private static final String SPAN = "(?<sn>" + ARABIC + "{1,3}|[一二三四五六七八九十两]{1,3}|半)个?(?<su>工作日|日|天|周|星期|月)(?:之内|以内|内)";
    /** 25日前: a day of the meeting's month. */
    private static final String BARE_DAY = "(?<bd>" + NUM + ")[日号](?:" + TIME + ")?(?=之前|以前|前)";
    private static final String MONTH_END = "(?<me>月底|月末)";
    /** 本周五, 下周一, 本周末, 本周内. */
    private static final String WEEK = "(?<wk>本周|这周|本星期|下周|下个?星期)(?:(?<wd>[一二三四五六日天])|(?<we>末))?";
    private static final String DATE = String.join("|", MONTH, YEAR_END, QUARTER, HALF, ISO, SPAN, BARE_DAY, MONTH_END, WEEK);
    private static final String IMMEDIATE = Lexicons.alternation(Lexicons.lines("immediacy.txt"));
    /** Recurrence before event before date, so that 一月一通报 is no January and 年末岁首 no year end. */
    static final LeadCharPattern EXPRESSION = LeadCharPattern.compile("(?<rec>" + RECURRING + ")|(?<event>" + EVENT + ")|(?<date>"
            + DATE + ")|(?<immediate>" + IMMEDIATE + ")");

    private static String year(String g) {
        return "(?:(?<yr" + g + ">" + YEAR4 + ")年|(?<yw" + g + ">今年|明年|本年度|本年|当年|次年))";
    }

    /**
     * @param sentence    the directive sentence
     * @param markerAt    offset of the sentence's deontic marker, or -1 (immediacy before it counts only opening a
     *                    clause, and weakly; a time before it inside a modifier is weaker still)
     * @param meetingDate the meeting date ({@code YYYY-MM-DD}, {@code --MM-DD} or null)
     * @return the deadline, or null when the sentence has none
     */
    public Deadline extract(String sentence, int markerAt, String meetingDate) {
        DeadlineCalendar.Meeting meeting = DeadlineCalendar.Meeting.parse(meetingDate);
        Found weak = null;
        int weakRank = Integer.MAX_VALUE;
        LeadCharPattern.Finder m = EXPRESSION.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            Found f = m.group("rec") != null ? recurring(sentence, m)
                    : m.group("event") != null ? event(sentence, m)
                    : m.group("date") != null ? date(sentence, m, meeting, markerAt)
                    : immediate(sentence, m, markerAt);
            if (f == null) {
                from = m.start() + 1; // a rejected match hides nothing (2013年元旦、春节期间: not 年…)
                continue;
            }
            from = m.end();
            // 0: governs the order; 1: a start signal or an imperative before the marker; 2: inside a modifier
            int rank = insideModifier(sentence, f, markerAt) ? 2 : f.weak() ? 1 : 0;
            if (rank == 0) {
                return f.deadline();
            }
            if (rank < weakRank) {
                weak = f;
                weakRank = rank;
            }
        }
        return weak == null ? null : weak.deadline();
    }

    /** A deadline found at [start, end); weak ones count only when the sentence has none that is not. */
    private record Found(int start, int end, Deadline deadline, boolean weak) {
    }

    private static Found recurring(String s, LeadCharPattern.Finder m) {
        String unit = m.group("ru") != null ? m.group("ru") : m.group("ru2");
        String n = m.group("rn");
        String period = period(n == null ? 1 : n.equals("半") ? 0 : ChineseNumber.parse(n), unit);
        if (period == null) {
            return null;
        }
        int end = m.end();
        if (m.group("rtail") == null) {
            int once = s.indexOf("一次", end);
            if (once >= 0 && once - end <= 8 && noPunctuation(s, end, once)) {
                end = once + 2; // 每年至少组织一次
            }
        }
        return new Found(m.start(), end, new Deadline(s.substring(m.start(), end), "recurring", period), false);
    }

    /** An ISO period of {@code n} units; n 0 stands for 半 (half); null when n is no count. */
    private static String period(int n, String unit) {
        if (n < 0) {
            return null;
        }
        return switch (unit) {
            case "年" -> n == 0 ? "P6M" : "P" + n + "Y";
            case "季度", "季" -> n == 0 ? null : "P" + 3 * n + "M";
            case "月" -> n == 0 ? "P15D" : "P" + n + "M";
            case "周", "星期" -> n == 0 ? null : "P" + n + "W";
            case "旬" -> n == 0 ? null : "P" + 10 * n + "D";
            default -> n == 0 ? null : "P" + n + "D";
        };
    }

    private static Found event(String s, LeadCharPattern.Finder m) {
        String from = m.group("from");
        String now = m.group("now");
        String ev = m.group("ev");
        String bound = m.group("bnd");
        int lead = m.start() + (from == null ? 0 : from.length()) + (now == null ? 0 : now.length());
        while (lead > 0 && (s.charAt(lead - 1) == '“' || s.charAt(lead - 1) == '"')) {
            lead--; // what stands before the quoted name (、“两节”前)
        }
        int at = lead;
        char before = at > 0 ? s.charAt(at - 1) : 0;
        String first = firstEntry(ev);
        String rest = ev.substring(ev.indexOf(first) + first.length());
        boolean holiday = HOLIDAY_WORDS.stream().anyMatch(w -> !w.equals("节") && rest.endsWith(w)); // 国庆假期, not 秋冬季节
        if (before == '、') {
            return null; // one of a list of circumstances (疫情常态化防控、“两节”前人流物流量加大等叠加期)
        }
        if (CHINESE_DIGITS.indexOf(first.charAt(0)) >= 0 && (isNumeral(before) || before == '第')) {
            return null; // 二十一前, 第十一
        }
        if (first.length() == 1 && (isNumeral(before) || (isHan(before) && "在于至到和及与即".indexOf(before) < 0
                && ONE_CHARACTER_EVENT_CUES.stream().noneMatch(w -> s.startsWith(w, at - w.length()))))) {
            return null; // 季节前, 三年前, 2030年前; but 节前, 要在节前, 确保年前
        }
        if (bound == null && ((!holiday && EVENTS.stream().noneMatch(e -> !BOUNDED_ONLY.contains(e) && ev.contains(e)))
                || (now == null && !isClauseStart(before)
                && SEASON_OPENERS.stream().noneMatch(w -> s.startsWith(w, at - w.length()))))) {
            return null; // 春节，承载着…; 进入冬季，…; a season inside a clause (确保度过汛期。)
        }
        if (("结束".equals(bound) || "闭幕".equals(bound)) && from == null) {
            return null;
        }
        if (namesSystem(s, m.end())) {
            return null;
        }
        return new Found(m.start(), m.end(), new Deadline(m.group(), "before_event", null), false);
    }

    /** The longest entry of events.txt that the matched events open with (after an opening quote). */
    private static String firstEntry(String ev) {
        int from = ev.charAt(0) == '“' || ev.charAt(0) == '"' ? 1 : 0;
        String first = "";
        for (String e : EVENTS) {
            if (e.length() > first.length() && ev.startsWith(e, from)) {
                first = e;
            }
        }
        return first;
    }

    private static Found date(String s, LeadCharPattern.Finder m, DeadlineCalendar.Meeting meeting, int markerAt) {
        int start = m.start();
        int end = pastWeekday(s, m.end()); // 3月10日（星期五）前
        String bound = DATE_BOUNDS.stream().filter(b -> s.startsWith(b, end)).findFirst().orElse(null);
        int textEnd = end + (bound == null ? 0 : bound.length());
        char before = start > 0 ? s.charAt(start - 1) : 0;
        if (isNumeral(before) && isNumeral(s.charAt(start))) {
            return null; // the tail of a longer number (1月底 in 11月底, 两天内 in 一两天内)
        }
        char after = textEnd < s.length() ? s.charAt(textEnd) : 0;
        if (after == '起' || "至~～—－-".indexOf(after) >= 0 || (after == '到' && !s.startsWith("到位", textEnd))) {
            return null; // the start of a period: its end, if any, is the deadline
        }
        if (bound == null && s.startsWith("截至", start - 2)) {
            return null; // 截至9月底，全县已…: the date of a report
        }
        int textStart = start;
        boolean periodEnd = "至到~～—－-".indexOf(before) >= 0 && m.group("sn") == null; // not 压至5个月以内
        if (periodEnd) {
            if (start >= 2 && isNumeral(s.charAt(start - 2))) {
                return null; // 1-7月份: the period of a report
            }
            textStart = periodStart(s, start - 1);
        }
        String pa = m.group("pa");
        // 在 cues a day or a month's end (在9月30日, 在10月底), not a month (就在今年4月，…)
        boolean cueBefore = "于到至".indexOf(before) >= 0 || limitBefore(s, start)
                || (before == '在' && (m.group("da") != null || pa != null || m.group("bd") != null || m.group("wd") != null));
        boolean endOfPeriod = m.group("yp") != null || m.group("qe") != null || m.group("me") != null || m.group("sn") != null
                || m.group("we") != null
                || (pa != null && (pa.endsWith("底") || pa.endsWith("末") || pa.endsWith("下旬")));
        if (bound == null && !periodEnd) {
            if (NOT_AN_END.stream().anyMatch(w -> s.startsWith(w, end))) {
                return null;
            }
            boolean completion = COMPLETIONS.stream().anyMatch(w -> s.startsWith(w, end))
                    || (m.group("half") != null && end < s.length() && isClauseStart(s.charAt(end))); // 下半年，要…
            if (!(endOfPeriod || cueBefore || completion) || namesSystem(s, end)) {
                return null;
            }
            if ((markerAt < 0 || start < markerAt) && m.group("sn") == null && clauseHas(s, start, EVENT_VERBS)) {
                return null; // 会议于6月12日在县政府召开: the day of an event told, not an end point ordered
            }
        }
        DeadlineCalendar.Valued v = value(s, m, meeting, bound, cueBefore);
        if (v == null) {
            return null;
        }
        if (s.startsWith("结束", textEnd)) {
            textEnd += 2; // 到9月底结束
        }
        return new Found(start, textEnd, new Deadline(s.substring(textStart, textEnd), "date", v.value(), v.inferred()), false);
    }

    /** Past a weekday in brackets after a date (3月10日（星期五）前), else {@code at}. */
    private static int pastWeekday(String s, int at) {
        if (at < s.length() && (s.charAt(at) == '（' || s.charAt(at) == '(')) {
            int close = at + 1;
            while (close < s.length() && close - at <= 4 && s.charAt(close) != '）' && s.charAt(close) != ')') {
                close++;
            }
            String inside = close < s.length() ? s.substring(at + 1, close) : "";
            if (inside.matches("(?:星期|周|礼拜)[一二三四五六日天]")) {
                return close + 1;
            }
        }
        return at;
    }

    /** A time limit named just before a date in its clause (整改时限为, 截止时间：, 截止). */
    private static boolean limitBefore(String s, int at) {
        int from = Math.max(clauseStart(s, at), at - 6);
        String lead = s.substring(from, at);
        return lead.contains("截止") || lead.contains("时限") || lead.contains("期限");
    }

    /** Where the period ending at {@code connector} opens: 自, 从 or 即日起 in its clause, else its first date. */
    private static int periodStart(String s, int connector) {
        int clause = clauseStart(s, connector);
        for (int i = clause; i < connector; i++) {
            char c = s.charAt(i);
            if (c == '自' || c == '从' || s.startsWith("即日起", i)) {
                return i;
            }
        }
        int start = connector;
        while (start > clause && (isNumeral(s.charAt(start - 1)) || "年月日号底末初旬上中下份起".indexOf(s.charAt(start - 1)) >= 0)) {
            start--;
        }
        return start;
    }

    /** The value of a date match, or null when it names no real day or is no end point after all. */
    private static DeadlineCalendar.Valued value(String s, LeadCharPattern.Finder m, DeadlineCalendar.Meeting meeting, String bound,
                                                 boolean cueBefore) {
        int start = m.start();
        char before = start > 0 ? s.charAt(start - 1) : 0;
        if (m.group("mo") != null || m.group("rmo") != null) {
            String pa = m.group("pa");
            int day = m.group("da") != null ? ChineseNumber.parse(m.group("da")) : pa == null ? 0 : switch (pa) {
                case "上旬", "初" -> 10;
                case "中旬", "上中旬" -> 20;
                default -> 0;
            };
            if (day < 0 || day > 31) {
                return null;
            }
            if (m.group("rmo") != null) {
                return DeadlineCalendar.monthFromMeeting(meeting, m.group("rmo").startsWith("本") || m.group("rmo").startsWith("当") ? 0 : 1, day);
            }
            int month = ChineseNumber.parse(m.group("mo"));
            if (month < 1 || month > 12) {
                return null;
            }
            Integer textYear = textYear(m, "m");
            Integer shift = yearShift(m, "m");
            if ("前".equals(bound) && m.group("da") == null && pa == null) {
                // 6月前: before June, the end of May
                if (month == 1) {
                    textYear = textYear == null ? null : textYear - 1;
                    shift = shift == null ? null : shift - 1;
                }
                month = month == 1 ? 12 : month - 1;
            }
            return DeadlineCalendar.monthDay(meeting, textYear, shift, month, day);
        }
        if (m.group("yp") != null) {
            if (m.group("ny") != null && (isNumeral(before) || "几多半个去往周每新旧全整同上前".indexOf(before) >= 0)) {
                return null; // 三年内, 去年底, 上年底: no end of the meeting's year
            }
            Integer shift = yearShift(m, "e");
            return DeadlineCalendar.monthDay(meeting, textYear(m, "e"), shift == null ? Integer.valueOf(0) : shift, 12, 0);
        }
        if (m.group("q") != null || m.group("rq") != null) {
            if (m.group("rq") != null) {
                if (meeting == null) {
                    return DeadlineCalendar.monthFromMeeting(null, 0, 0);
                }
                int toQuarterEnd = (meeting.month() + 2) / 3 * 3 - meeting.month();
                return DeadlineCalendar.monthFromMeeting(meeting, toQuarterEnd + (m.group("rq").startsWith("下") ? 3 : 0), 0);
            }
            int q = ChineseNumber.parse(m.group("q")) > 0 ? ChineseNumber.parse(m.group("q")) : "一二三四".indexOf(m.group("q")) + 1;
            return DeadlineCalendar.monthDay(meeting, textYear(m, "q"), yearShift(m, "q"), q * 3, 0);
        }
        if (m.group("half") != null) {
            return DeadlineCalendar.monthDay(meeting, textYear(m, "h"), yearShift(m, "h"), m.group("half").startsWith("上") ? 6 : 12, 0);
        }
        if (m.group("iy") != null) {
            int month = Integer.parseInt(m.group("im"));
            int day = Integer.parseInt(m.group("id"));
            return month < 1 || month > 12 || day < 1 ? null
                    : DeadlineCalendar.monthDay(meeting, Integer.parseInt(m.group("iy")), null, month, day);
        }
        if (m.group("sn") != null) {
            return span(s, m, meeting);
        }
        if (m.group("bd") != null) {
            int day = ChineseNumber.parse(m.group("bd"));
            if (!cueBefore || day < 1 || day > 31) {
                return null; // 3日前 without 于/在 may be "three days ago"
            }
            return DeadlineCalendar.dayFromMeeting(meeting, day);
        }
        if (m.group("wk") != null) {
            int weeks = m.group("wk").startsWith("下") ? 1 : 0;
            String wd = m.group("wd");
            return DeadlineCalendar.weekday(meeting, weeks, wd == null ? 7 : "一二三四五六日".indexOf(wd.replace('天', '日')) + 1);
        }
        // 月底 / 月末 with no month: the meeting's month, unless it is last month's (上月底) or the tail of a date
        return "上去前".indexOf(before) >= 0 || isNumeral(before) ? null : DeadlineCalendar.monthFromMeeting(meeting, 0, 0);
    }

    /** 10日内, 5个工作日内, 两周内, 3个月内: counted from the meeting (or the notice), not from an accident. */
    private static DeadlineCalendar.Valued span(String s, LeadCharPattern.Finder m, DeadlineCalendar.Meeting meeting) {
        int clause = clauseStart(s, m.start());
        String lead = s.substring(clause, m.start());
        if ((lead.contains("后") || lead.contains("起")) && !(lead.contains("通知") || lead.contains("会议") || lead.contains("即日")
                || lead.contains("印发") || lead.contains("下发") || lead.contains("收到") || lead.contains("接到"))) {
            return null; // 事故发生后7日内: a standing rule counted from another event
        }
        String n = m.group("sn");
        int count = n.equals("半") ? 0 : ChineseNumber.parse(n);
        String unit = m.group("su");
        if (count < 0 || (count == 0 && !unit.equals("月"))) {
            return null;
        }
        return switch (unit) {
            case "工作日" -> DeadlineCalendar.plusWorkDays(meeting, count);
            case "周", "星期" -> DeadlineCalendar.plusDays(meeting, 7 * count);
            case "月" -> count == 0 ? DeadlineCalendar.plusDays(meeting, 15) : DeadlineCalendar.plusMonths(meeting, count);
            default -> DeadlineCalendar.plusDays(meeting, count);
        };
    }

    private static Integer textYear(LeadCharPattern.Finder m, String g) {
        String y = m.group("yr" + g);
        return y == null ? null : ChineseNumber.parse(y);
    }

    /** 0 for 今年 / 本年 / 当年, 1 for 明年 / 次年, null when no such word. */
    private static Integer yearShift(LeadCharPattern.Finder m, String g) {
        String w = m.group("yw" + g);
        return w == null ? null : w.equals("明年") || w.equals("次年") ? 1 : 0;
    }

    private static Found immediate(String s, LeadCharPattern.Finder m, int markerAt) {
        int end = m.end();
        boolean beforeOrder = markerAt >= 0 && m.start() < markerAt;
        if (beforeOrder && !isClauseStart(m.start() > 0 ? s.charAt(m.start() - 1) : 0)) {
            return null; // before the order, after its subject: what was done (当地立即组织救援，要求…)
        }
        if (end >= s.length() || !isHan(s.charAt(end))) {
            return null; // 反应迅速，
        }
        if ((markerAt < 0 || beforeOrder) && GIVING.stream().anyMatch(w -> s.startsWith(w, end))) {
            return null; // 习近平立即作出重要指示 (but 要立即召开会议 orders)
        }
        boolean startSignal = START_SIGNALS.stream().anyMatch(w -> s.startsWith(w, end)
                && (w.endsWith("起来") || end + w.length() >= s.length() || isClauseStart(s.charAt(end + w.length()))));
        // opening a clause before the order (按照国家要求，迅速组织落实…，切实做到…): an imperative, but weak
        return new Found(m.start(), end, new Deadline(m.group(), "immediate", null), startSignal || beforeOrder);
    }

    /**
     * A time inside a modifier or an adverbial of what follows: in a clause of purpose (为确保春节期间安全，…), or,
     * before the order (or in a sentence without a marker), in a clause opening with 对 / 针对 / 凡
     * (对春节期间发现的隐患，…; a time after the marker is the order's own: 对隐患要立即整改) or going on to a 的
     * before the marker (春节期间发生的事故…).
     */
    private static boolean insideModifier(String s, Found f, int markerAt) {
        int clause = clauseStart(s, f.start());
        if (clause < f.start() && PURPOSE_OPENERS.stream().anyMatch(w -> s.startsWith(w, clause))) {
            return true;
        }
        if (markerAt >= 0 && f.start() >= markerAt) {
            return false;
        }
        if (clause < f.start() && TOPIC_OPENERS.stream().anyMatch(w -> s.startsWith(w, clause))) {
            return true;
        }
        if (markerAt < 0) {
            return false;
        }
        for (int i = f.end(); i < s.length() && !isClauseStart(s.charAt(i)); i++) {
            if (s.charAt(i) == '的') {
                return true;
            }
        }
        return false;
    }

    /** A system's or review's name within a few characters after {@code at} (年底集中通报制度, 年底考评). */
    private static boolean namesSystem(String s, int at) {
        for (int i = at; i < Math.min(s.length(), at + 6) && !isClauseStart(s.charAt(i)); i++) {
            for (String noun : SYSTEM_NOUNS) {
                if (s.startsWith(noun, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the clause around {@code at} holds one of the words. */
    private static boolean clauseHas(String s, int at, List<String> words) {
        int from = clauseStart(s, at);
        for (int i = from; i < s.length() && (i == from || !isClauseStart(s.charAt(i))); i++) {
            for (String w : words) {
                if (s.startsWith(w, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean noPunctuation(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(s.charAt(i)) && !Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the clause holding offset {@code at} starts. */
    private static int clauseStart(String s, int at) {
        int i = at;
        while (i > 0 && !isClauseStart(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Sentence start (0) or a mark that ends a clause: ，,：:；;。！!？? */
    private static boolean isClauseStart(char c) {
        return c == 0 || "，,：:；;。！!？?".indexOf(c) >= 0;
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || CHINESE_DIGITS.indexOf(c) >= 0;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
