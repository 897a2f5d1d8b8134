package org.luoshi.link;

import org.luoshi.gazetteer.Division;
import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.model.Level;
import org.luoshi.model.TextSpan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations of higher meetings, instructions, accidents and campaigns in a document's sentences.
 * <ul>
 *   <li>A meeting is cited by a name of any length after its levels ({@code 全国…电视电话会议}, {@code 全省安全生产会议
 *       精神}, {@code 中央、省、市安全生产和消防安全…视频会议}); several levels or named units may share one name
 *       ({@code 国务院、省、汕尾市相继召开电视电话会议} → national, province and city). It counts in a sentence that relays
 *       it ({@code 贯彻落实}, {@code 传达学习}, {@code 收听收看}, {@code 设分会场}, {@code 精神}, {@code 相继召开}) or in a
 *       lead that does ({@code 全国…会议召开。…会后，临泽县召开…}).</li>
 *   <li>An instruction is cited when leaders are said to have made one ({@code 习近平总书记…专门作出重要批示},
 *       {@code 中央、省、市一系列批示精神}); when the sentence names an accident ({@code 江苏昆山…爆炸事故发生后，…作出重要
 *       指示}), the accident goes with it.</li>
 *   <li>An accident acted on ({@code “8·12”事故发生后}) and a campaign carried out ({@code 开展自建房安全专项整治}) are
 *       cited as what a higher item is about.</li>
 * </ul>
 * A date in the sentence ({@code 6月7日}) is resolved with the document's year when known. Only levels above the
 * document's own are cited. Thread-safe.
 */
public final class CitationFinder {
    /** The levels a meeting name can start with as written everywhere (全国, 省委, 全县 …). */
    private static final String FIXED_LEVELS = "全国|国务院|党中央|中央|全省|省委|省政府|省|全市|市委|市政府|市|全县|县委|县政府|县|全区|区委|区政府";
    /** A fixed level, or a named unit (汕尾市, 临泽县委). */
    private static final String LEVEL = FIXED_LEVELS + "|[\\p{IsHan}]{2,8}?(?:省|市|县|区)(?:委|政府|人民政府)?";
    /** One or more levels (全国、全省, 国务院、省、汕尾市) then a meeting name of any length. */
    private static final Pattern MEETING = Pattern.compile(
            "((?:" + LEVEL + ")(?:[、和及与](?:" + LEVEL + "))*)([^，。；“”]{0,40}?)"
                    + "(电视电话会议?|视频会议|视频调度会议?|常务会议|常委会议?|全体会议|工作会议?|推进会议?|调度会议?|部署会议?|现场会议?|专题会议?|会议)");
    private static final Pattern LEADER_INSTRUCTION = Pattern.compile(
            "(习近平|李克强|李强|总书记|总理|党中央、国务院|党中央|国务院|中央领导同志)[^。；]{0,40}?(作出|做出)[^。；]{0,6}(批示|指示)");
    private static final Pattern INSTRUCTION_SPIRIT = Pattern.compile(
            "(习近平|李克强|李强|中央|党中央|国务院)[^。；]{0,20}?(重要)?(批示|指示)(、(批示|指示))?精神");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    /** Cue words that make a mention a citation (the document relays or studies it) rather than news of it. */
    private static final Pattern RELAY_CUE = Pattern.compile(
            "贯彻|落实|传达|学习|收听收看|收视收看|组织收看|分会场|精神|相继召开|参加会议|召开后|随后|会后|会议结束后|紧接着");
    /** An accident acted on: 事故发生后, “8·12”事故后, 以来. */
    private static final Pattern AFTER_ACCIDENT = Pattern.compile("(事故|火灾|爆炸|坍塌|倒塌)[^，。；]{0,4}(发生)?(后|以来|之后)");
    /** A campaign carried out: its subject words, then the kind of campaign. */
    private static final Pattern CAMPAIGN = Pattern.compile(
            "(开展|部署|推进|落实|贯彻|按照|根据|启动|深化|实施)[^，。；]{0,12}?([\\p{IsHan}]{2,12}?)"
                    + "(专项整治三年行动|三年专项整治|专项整治|专项行动|百日攻坚行动|百日攻坚|攻坚行动|集中整治|集中除患攻坚)");
    /** Words of a campaign's name that say nothing of what it is about. */
    private static final Pattern CAMPAIGN_FILLER = Pattern.compile("^(全县|全市|全省|全区|全镇|全国|了|好|全面|深入|扎实|安全生产|安全|一次|重点)+|(安全)+$");
    private static final int LEAD = 300;
    private static final Pattern HELD = Pattern.compile("召开|举行|主持");
    private static final Pattern FIXED_LEVEL = Pattern.compile(FIXED_LEVELS);

    /**
     * @param text      the normalized text
     * @param sentences its sentences
     * @param own       the document's level (null: unknown, only national items are cited)
     * @param docYear   the document's year ({@code YYYY}) or null
     */
    public List<Citation> find(String text, List<TextSpan> sentences, Level own, String docYear) {
        List<Citation> out = new ArrayList<>();
        if (own == Level.NATIONAL) {
            return out; // nothing is above the national level
        }
        String lead = text.substring(0, Math.min(text.length(), LEAD));
        boolean leadRelays = RELAY_CUE.matcher(lead).find();
        Set<String> seen = new LinkedHashSet<>();
        for (TextSpan span : sentences) {
            String s = span.of(text);
            boolean meeting = s.indexOf('会') >= 0 && (RELAY_CUE.matcher(s).find() || (leadRelays && span.start() < LEAD));
            boolean instruction = s.indexOf('示') >= 0;
            boolean accident = s.indexOf('后') >= 0 || s.indexOf('来') >= 0;
            boolean campaign = s.indexOf('整') >= 0 || s.indexOf('行') >= 0 || s.indexOf('攻') >= 0;
            if (!meeting && !instruction && !accident && !campaign) {
                continue; // the patterns below cannot match
            }
            String date = date(s, docYear);
            Matcher m = MEETING.matcher(s);
            int from = 0;
            while (meeting && m.find(from)) {
                from = m.end();
                String first = m.group(1).split("[、和及与]")[0];
                if (!FIXED_LEVEL.matcher(first).matches() && namedUnit(first) == null) {
                    from = m.start() + 1; // a stretch of words before 省/市/县 that names no place (召开全市…)
                    continue;
                }
                if (HELD.matcher(s.substring(Math.max(0, m.start() - 3), m.start())).find()) {
                    continue; // 召开全市…会议: the meeting the document reports, not one it cites
                }
                String kind = m.group(3).startsWith("电视电话") || m.group(3).startsWith("视频") ? Citation.TVCONF : Citation.MEETING;
                for (String unit : m.group(1).split("[、和及与]")) {
                    Division named = namedUnit(unit);
                    Level level = named != null ? named.level() : levelOf(unit);
                    if (level == null || !above(level, own)) {
                        continue;
                    }
                    add(out, seen, new Citation(level.code(), kind, date, s, span.start(), span.end(),
                            named == null ? null : named.code(), null, null));
                }
            }
            boolean instructed = instruction && (LEADER_INSTRUCTION.matcher(s).find() || INSTRUCTION_SPIRIT.matcher(s).find());
            List<Accident> accidents = Accident.find(s);
            Accident named = accidents.isEmpty() ? null : accidents.get(0);
            if (instructed) {
                add(out, seen, new Citation(Level.NATIONAL.code(), Citation.INSTRUCTION, date, s, span.start(), span.end(),
                        null, named, null));
                for (Level l : List.of(Level.PROVINCE, Level.CITY)) {
                    if (spiritOf(s, l) && above(l, own)) {
                        add(out, seen, new Citation(l.code(), Citation.INSTRUCTION, date, s, span.start(), span.end()));
                    }
                }
            } else if (named != null && AFTER_ACCIDENT.matcher(s).find() && (named.month() != null || !named.places().isEmpty())) {
                add(out, seen, new Citation(Level.NATIONAL.code(), Citation.ACCIDENT, date, s, span.start(), span.end(),
                        null, named, null));
            }
            Matcher c = campaign ? CAMPAIGN.matcher(s) : null;
            while (c != null && c.find()) {
                String subject = CAMPAIGN_FILLER.matcher(c.group(2)).replaceAll("");
                if (subject.length() >= 2) {
                    add(out, seen, new Citation(Level.NATIONAL.code(), Citation.CAMPAIGN, date, s, span.start(), span.end(),
                            null, null, subject + c.group(3)));
                }
            }
        }
        return out;
    }

    /** Whether the sentence says the instructions of that level are studied (中央、省、市一系列批示精神). */
    private static boolean spiritOf(String s, Level level) {
        String word = level == Level.PROVINCE ? "省" : "市";
        return s.matches(".*[、，]" + word + "[、，委].{0,12}(批示|指示).*");
    }

    private static boolean above(Level cited, Level own) {
        return own == null ? cited == Level.NATIONAL : cited.rank() < own.rank();
    }

    private static void add(List<Citation> out, Set<String> seen, Citation c) {
        String key = c.level() + "|" + c.kind() + "|" + c.date() + "|" + c.start() + "|" + c.unit() + "|" + c.campaign();
        if (seen.add(key)) {
            out.add(c);
        }
    }

    /** The division a level word names when it is a place (汕尾市, 江苏省委), else null. */
    private static Division namedUnit(String unit) {
        if (unit.length() <= 3 && unit.matches("全?[省市县区](委|政府)?|全国|国务院|党中央|中央")) {
            return null;
        }
        List<Gazetteer.Mention> ms = Gazetteer.get().find(unit);
        if (ms.size() != 1 || ms.get(0).start() != 0 || ms.get(0).divisions().size() != 1) {
            return null;
        }
        return ms.get(0).divisions().get(0);
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
        if (unit.contains("区")) {
            return Level.DISTRICT;
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
