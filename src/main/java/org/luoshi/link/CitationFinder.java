package org.luoshi.link;

import org.luoshi.model.Level;
import org.luoshi.model.TextSpan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations of higher meetings and instructions in a document's sentences. A meeting is cited by name with
 * its level ({@code 全国…电视电话会议}, {@code 全省安全生产会议精神}, {@code 国务院常务会议}); several levels may share one
 * name ({@code 全国、全省安全生产电视电话会议相继召开}). An instruction is cited when national leaders are said to have
 * made one ({@code 习近平总书记、李克强总理专门作出重要批示}) or its spirit is studied ({@code 重要批示精神}). A date in the
 * same sentence ({@code 6月7日}, {@code 11月22日}) is resolved with the document's year when known.
 */
public final class CitationFinder {
    private static final String LEVELS = "全国|全省|全市|全县|国务院|中央|党中央|省委|省政府|省|市委|市政府|市";
    /** One or more levels (全国、全省) then a meeting name ending in 会议 or 电视电话会. */
    private static final Pattern MEETING = Pattern.compile(
            "((?:" + LEVELS + ")(?:[、和及](?:" + LEVELS + "))*)([^，。；、“”]{0,16}?)(电视电话会议?|常务会议|工作会议|会议)");
    private static final Pattern LEADER_INSTRUCTION = Pattern.compile(
            "(习近平|李克强|李强|总书记|总理|党中央、国务院|党中央|国务院)[^。；]{0,24}?(作出|做出)[^。；]{0,6}(批示|指示)");
    private static final Pattern INSTRUCTION_SPIRIT = Pattern.compile(
            "(习近平|李克强|李强)[^。；]{0,20}?(重要)?(批示|指示)(、(批示|指示))?精神");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    /** Cue words that make a mention a citation (the document relays or studies it) rather than news of it. */
    private static final Pattern RELAY_CUE = Pattern.compile("贯彻|落实|传达|学习|收听收看|精神|相继召开|参加会议|召开后|随后");

    public List<Citation> find(String text, List<TextSpan> sentences, Level own, String docYear) {
        List<Citation> out = new ArrayList<>();
        if (own == Level.NATIONAL) {
            return out; // nothing is above the national level
        }
        Set<String> seen = new LinkedHashSet<>();
        for (TextSpan span : sentences) {
            String s = span.of(text);
            boolean meeting = s.indexOf('会') >= 0 && RELAY_CUE.matcher(s).find();
            boolean instruction = s.indexOf('示') >= 0;
            if (!meeting && !instruction) {
                continue; // no meeting relayed, no instruction (批示, 指示): the patterns below cannot match
            }
            String date = date(s, docYear);
            Matcher m = MEETING.matcher(s);
            while (meeting && m.find()) {
                String kind = m.group(3).startsWith("电视电话") ? Citation.TVCONF : Citation.MEETING;
                for (String unit : m.group(1).split("[、和及]")) {
                    Level level = levelOf(unit);
                    if (level == null || own == null || level.rank() >= own.rank()) {
                        continue;
                    }
                    add(out, seen, new Citation(level.code(), kind, date, s, span.start(), span.end()));
                }
            }
            if (instruction && (LEADER_INSTRUCTION.matcher(s).find() || INSTRUCTION_SPIRIT.matcher(s).find())) {
                add(out, seen, new Citation(Level.NATIONAL.code(), Citation.INSTRUCTION, date, s, span.start(), span.end()));
            }
        }
        return out;
    }

    private static void add(List<Citation> out, Set<String> seen, Citation c) {
        if (seen.add(c.level() + "|" + c.kind() + "|" + c.date() + "|" + c.start())) {
            out.add(c);
        }
    }

    static Level levelOf(String unit) {
        if (unit.startsWith("全国") || unit.equals("国务院") || unit.contains("中央")) {
            return Level.NATIONAL;
        }
        if (unit.contains("省")) {
            return Level.PROVINCE;
        }
        if (unit.contains("市")) {
            return Level.CITY;
        }
        if (unit.contains("县")) {
            return Level.COUNTY;
        }
        return null;
    }

    private static String date(String s, String docYear) {
        Matcher d = DATE.matcher(s);
        if (!d.find()) {
            return null;
        }
        int month = Integer.parseInt(d.group(2));
        int day = Integer.parseInt(d.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        String year = d.group(1) != null ? d.group(1) : docYear;
        return year == null ? String.format("--%02d-%02d", month, day) : String.format("%s-%02d-%02d", year, month, day);
    }
}
