package org.luoshi.extract;

import org.luoshi.gazetteer.Division;
import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.model.Level;
import org.luoshi.model.NormalizedDocument;
import org.luoshi.model.Region;
import org.luoshi.model.StrippedText;
import org.luoshi.model.TextSpan;
import org.luoshi.nlp.LeadCharPattern;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document metadata (ANNOTATION.md, Document fields): the headline, the level of the body that held the meeting
 * (who hosts: {@code 我县/全县/县委书记} county, {@code 国务院/全国…会议} national), the region through the
 * gazetteer, the publication date (from a header line, a file name such as {@code national_20191122_…} or the
 * caller) and the meeting date resolved against it ({@code 22日}, {@code 昨天}); {@code --MM-DD} with no year.
 */
public final class MetadataExtractor {
    private static final int LEAD = 300;
    /** A national body or leader as the one who holds, issues or instructs. */
    private static final LeadCharPattern NATIONAL_HOST = LeadCharPattern.compile(
            "^(国务院|中共中央|党中央|中央办公厅|全国)|(国务院|国务院安委会|国务院安委办|国务院安委会办公室|中共中央办公厅|国务院办公厅|应急管理部)[^，。]{0,12}(召开|举行|印发|下发|发布|部署|发出|批复|公布|启动|组织)"
            + "|(习近平|李克强|李强|总书记|总理)[^，。]{0,30}(作出|做出)[^，。]{0,6}(批示|指示)|(习近平|李克强|李强)[^，。]{0,12}(强调|指出|签署|主持)"
            + "|全国[^，。]{0,12}会议[^，。]{0,6}(召开|举行)|中央纪委|国家监委|经(中共中央|党中央)批准|国务院(事故)?调查组");
    /** A local body as the one who holds or issues: 省安委会办公室下发通知, 鲤城区召开全区…会议. */
    private static final LeadCharPattern LOCAL_HOST = LeadCharPattern.compile(
            "(?<u1>省|市|县|区|镇|乡)(委|政府|安委会|安委办|安委会办公室|人大|政协|应急管理局|应急管理厅|安全生产[^，。]{0,10}(领导小组|委员会))[^，。]{0,12}(召开|举行|下发|印发|发布|部署|通知)"
            + "|全(?<u2>省|市|县|区|镇|乡)[^，。]{0,24}(会议|工作会)");
    private static final LeadCharPattern SELF = LeadCharPattern.compile("我(省|市|县|区|镇|乡)");
    private static final LeadCharPattern WHOLE = LeadCharPattern.compile("全(省|市|县|区|镇|乡)|(省|市|县|区|镇|乡)(委书记|长|政府|委)");
    private static final Pattern HEADLINE_BODY = Pattern.compile("^(本报讯|本报|央视网消息|新华社|据|\\d{1,2}月\\d{1,2}日|今天|昨天|近日|日前|同志们)");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})[-年./](\\d{1,2})[-月./](\\d{1,2})");
    private static final Pattern FILE_DATE = Pattern.compile("(?<!\\d)(20\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern MEETING_DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(今天|今日|昨天|昨日)");
    private static final Pattern MEETING_VERB = Pattern.compile("召开|举行|开幕|召集|会议");

    public record Metadata(String title, TextSpan headline, String level, Region region, String meetingDate, String published) {
    }

    public Metadata extract(NormalizedDocument doc, String publishedHint) {
        String text = doc.text();
        TextSpan headline = headline(text);
        String title = headline == null ? null : headline.of(text);
        String published = published(doc, publishedHint);
        String body = headline == null ? text : text.substring(headline.end());
        Level level = level(title, body, doc.quality().placeholders().size());
        Region region = region(text, level, !doc.quality().placeholders().isEmpty());
        return new Metadata(title, headline, level == null ? null : level.code(), region,
                meetingDate(body, published), published);
    }

    private static TextSpan headline(String text) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (first.isEmpty() || first.length() > 150 || first.endsWith("。") || HEADLINE_BODY.matcher(first).find()
                || first.chars().filter(c -> c == '，').count() > 1) {
            return null;
        }
        int start = text.indexOf(first);
        return new TextSpan(start, start + first.length());
    }

    private static String published(NormalizedDocument doc, String hint) {
        if (hint != null) {
            return hint;
        }
        for (StrippedText s : doc.quality().stripped()) {
            Matcher m = FULL_DATE.matcher(s.text());
            if (m.find()) {
                return iso(m.group(1), m.group(2), m.group(3));
            }
        }
        String name = doc.source() == null ? "" : doc.source().replaceAll(".*[/\\\\]", "");
        Matcher f = FILE_DATE.matcher(name);
        if (f.find()) {
            return iso(f.group(1), f.group(2), f.group(3));
        }
        return null;
    }

    /** The level of the host: national cues in the headline or lead, else self-references and local posts. */
    static Level level(String title, String body, int placeholders) {
        String lead = body.substring(0, Math.min(body.length(), LEAD));
        LeadCharPattern.Finder self = SELF.matcher(lead);
        if (self.find()) {
            return levelOf(self.group(1));
        }
        LeadCharPattern.Finder local = LOCAL_HOST.matcher(lead);
        LeadCharPattern.Finder national = NATIONAL_HOST.matcher(lead);
        boolean nationalTitle = title != null && NATIONAL_HOST.matcher(title).find();
        boolean hasLocal = local.find();
        boolean hasNational = national.find();
        if (hasLocal && !nationalTitle && (!hasNational || local.start() < national.start())) {
            String unit = local.group("u1") != null ? local.group("u1") : local.group("u2");
            return levelOf(unit);
        }
        if (nationalTitle || hasNational) {
            return Level.NATIONAL;
        }
        Map<Level, Integer> votes = new EnumMap<>(Level.class);
        LeadCharPattern.Finder w = WHOLE.matcher(body);
        while (w.find()) {
            String unit = w.group(1) != null ? w.group(1) : w.group(2);
            votes.merge(levelOf(unit), w.start() < LEAD ? 3 : 1, Integer::sum);
        }
        LeadCharPattern.Finder s2 = SELF.matcher(body);
        while (s2.find()) {
            votes.merge(levelOf(s2.group(1)), 3, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Level levelOf(String unit) {
        return switch (unit) {
            case "省" -> Level.PROVINCE;
            case "市" -> Level.CITY;
            case "县" -> Level.COUNTY;
            case "区" -> Level.DISTRICT;
            default -> Level.TOWNSHIP;
        };
    }

    static Region region(String text, Level level, boolean anonymized) {
        if (level == null || level == Level.NATIONAL) {
            return Region.UNKNOWN;
        }
        Gazetteer g = Gazetteer.get();
        Map<Division, Integer> mentions = g.mentions(text, LEAD);
        List<Level> wanted = switch (level) {
            case PROVINCE -> List.of(Level.PROVINCE);
            case CITY -> List.of(Level.CITY);
            default -> List.of(Level.DISTRICT, Level.COUNTY, Level.CITY);
        };
        if (level == Level.TOWNSHIP && anonymized) {
            return Region.UNKNOWN;
        }
        for (Level l : wanted) {
            Division best = best(mentions, l);
            if (best != null) {
                return new Region(g.path(best), best.code());
            }
        }
        if (level == Level.PROVINCE) {
            Division city = best(mentions, Level.CITY);
            if (city != null) {
                Division province = g.parent(city);
                return new Region(g.path(province), province.code());
            }
        }
        return Region.UNKNOWN;
    }

    /** The most mentioned division of a level, a mention of its parent counting in its favour. */
    private static Division best(Map<Division, Integer> mentions, Level level) {
        List<Division> candidates = new ArrayList<>();
        mentions.forEach((d, n) -> {
            if (d.level() == level) {
                candidates.add(d);
            }
        });
        return candidates.stream().max(Comparator.comparingInt((Division d) -> mentions.get(d)
                + (d.parentCode() != null ? mentions.getOrDefault(Gazetteer.get().byCode(d.parentCode()), 0) : 0))).orElse(null);
    }

    /** The date of the sentence in the lead that reports the meeting (召开/举行), resolved against publication. */
    static String meetingDate(String body, String published) {
        String lead = body.substring(0, Math.min(body.length(), LEAD));
        for (String sentence : lead.split("[。！？\\n]")) {
            if (!MEETING_VERB.matcher(sentence).find()) {
                continue;
            }
            Matcher m = MEETING_DATE.matcher(sentence);
            if (m.find()) {
                int day = Integer.parseInt(m.group(3));
                if (m.group(1) != null && m.group(2) != null) {
                    return iso(m.group(1), m.group(2), m.group(3));
                }
                if (m.group(2) != null) {
                    int month = Integer.parseInt(m.group(2));
                    if (published != null) {
                        int year = Integer.parseInt(published.substring(0, 4));
                        if (month > Integer.parseInt(published.substring(5, 7))) {
                            year--;
                        }
                        return iso(String.valueOf(year), String.valueOf(month), String.valueOf(day));
                    }
                    return String.format("--%02d-%02d", month, day);
                }
                if (published != null) {
                    LocalDate p = LocalDate.parse(published);
                    LocalDate d = day <= p.getDayOfMonth() ? p.withDayOfMonth(day) : p.minusMonths(1).withDayOfMonth(Math.min(day, p.minusMonths(1).lengthOfMonth()));
                    return d.toString();
                }
                continue;
            }
            Matcher r = RELATIVE_DAY.matcher(sentence);
            if (r.find() && published != null) {
                LocalDate p = LocalDate.parse(published);
                return (r.group(1).startsWith("昨") ? p.minusDays(1) : p).toString();
            }
        }
        return null;
    }

    private static String iso(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
