package org.luoshi.extract;

import org.luoshi.model.NormalizedDocument;
import org.luoshi.model.Region;
import org.luoshi.model.StrippedText;
import org.luoshi.model.TextSpan;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document metadata (ANNOTATION.md, Document fields): the headline (an official document's title over its lines),
 * the level and region of the unit that held the meeting or issued the text ({@link UnitFinder}), the publication
 * date (the caller's hint, a stripped 来源/发布时间 header, a dateline in the text, and only then a file name such as
 * {@code national_20191122_…}) and the meeting date: an official document's date of issue, else the date of the lead
 * sentence that reports the meeting ({@code 二〇二一年三月十六日}, {@code 11月22日}, {@code 22日}, {@code 昨天}) resolved
 * against publication — a meeting is never after it — or {@code --MM-DD} with no year.
 */
public final class MetadataExtractor {
    private static final int LEAD = UnitFinder.LEAD;
    private static final Pattern HEADLINE_BODY = Pattern.compile("^(本报讯|本报|央视网消息|新华社|据|\\d{1,2}月\\d{1,2}日|今天|昨天|近日|日前|同志们)");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})[-年./](\\d{1,2})[-月./](\\d{1,2})");
    /** A line that only dates the page: 石狮日报 2026-02-28 14:46, 发布时间：2023-06-12 09:30. */
    private static final Pattern DATELINE = Pattern.compile("^[^。，；！？]{0,24}?(\\d{4})[-年./](\\d{1,2})[-月./](\\d{1,2})日?(\\s*\\d{1,2}:\\d{2}(:\\d{2})?)?[^。，；！？]{0,16}$");
    /** The stripped lines that date the page (web-residue.rules): header, site header, dateline. */
    private static final java.util.Set<String> DATED_RULES = java.util.Set.of("header", "site-header", "dateline");
    private static final Pattern FILE_DATE = Pattern.compile("(?<!\\d)(20\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final String N = "[0-9０-９〇零一二三四五六七八九十两]";
    private static final Pattern MEETING_DATE = Pattern.compile(
            "(?:(" + N + "{4})年)?(?:(" + N + "{1,3})月)?(" + N + "{1,3})日");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(今天|今日|昨天|昨日)");
    private static final Pattern MEETING_VERB = Pattern.compile("召开|举行|开幕|召集|会议");

    private final UnitFinder units = new UnitFinder();

    /**
     * The metadata of a document.
     *
     * @param title    the headline (null when none)
     * @param headline its span (UTF-16 offsets), null when none
     * @param level    a {@code Level} code or null
     * @param layout   the official-document layout ({@link DocumentLayout#official()} false for reports)
     */
    public record Metadata(String title, TextSpan headline, String level, Region region, String meetingDate,
                           String published, DocumentLayout layout) {
    }

    /**
     * @param doc           the normalized document
     * @param publishedHint a publication date given with the input ({@code YYYY-MM-DD}) or null
     * @param excluded      spans no place may be read from (officials' names), UTF-16 offsets
     */
    public Metadata extract(NormalizedDocument doc, String publishedHint, List<int[]> excluded) {
        String text = doc.text();
        DocumentLayout layout = DocumentLayout.of(text);
        TextSpan headline = layout.official() ? layout.title() : headline(text);
        String title = headline == null ? null : headline.of(text).replace("\n", "");
        String published = published(doc, publishedHint);
        int bodyStart = headline == null ? 0 : Math.min(text.length(), headline.end());
        String body = text.substring(bodyStart);
        UnitFinder.Found unit = units.find(text, bodyStart, title, excluded, doc.quality().outlet(), layout,
                !doc.quality().placeholders().isEmpty());
        String meetingDate = layout.official() && layout.issueDate() != null ? layout.issueDate() : meetingDate(body, published);
        return new Metadata(title, headline, unit.level() == null ? null : unit.level().code(), unit.region(),
                meetingDate, published, layout);
    }

    private static TextSpan headline(String text) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (first.isEmpty() || first.length() > 150 || first.endsWith("。") || HEADLINE_BODY.matcher(first).find()
                || first.chars().filter(c -> c == '，').count() > 1 || DATELINE.matcher(first).matches()) {
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
            if (!DATED_RULES.contains(s.rule())) {
                continue; // a date in a related link's title is no publication date
            }
            Matcher m = FULL_DATE.matcher(s.text());
            if (m.find()) {
                return iso(m.group(1), m.group(2), m.group(3));
            }
        }
        String text = doc.text();
        int lineStart = 0;
        for (int k = 0; k < 3 && lineStart < text.length(); k++) {
            int nl = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, nl < 0 ? text.length() : nl).strip();
            Matcher d = DATELINE.matcher(line);
            if (d.matches() && (d.group(4) != null || line.matches(".*(发布|时间|日期|来源|日报|晚报|新闻|网).*"))) {
                return iso(d.group(1), d.group(2), d.group(3));
            }
            lineStart = nl < 0 ? text.length() : nl + 1;
        }
        String name = doc.source() == null ? "" : doc.source().replaceAll(".*[/\\\\]", "");
        Matcher f = FILE_DATE.matcher(name);
        if (f.find()) {
            return iso(f.group(1), f.group(2), f.group(3));
        }
        return null;
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
                Integer day = number(m.group(3));
                Integer month = m.group(2) == null ? null : number(m.group(2));
                Integer year = m.group(1) == null ? null : number(m.group(1));
                if (day == null || (m.group(2) != null && month == null)) {
                    continue;
                }
                if (year != null && month != null) {
                    return iso(year, month, day);
                }
                if (month != null) {
                    if (published != null) {
                        return notAfter(LocalDate.parse(published), month, day);
                    }
                    return valid(2000, month, day) ? String.format("--%02d-%02d", month, day) : null;
                }
                if (published != null) {
                    LocalDate p = LocalDate.parse(published);
                    LocalDate prev = p.minusMonths(1);
                    LocalDate d = day <= p.getDayOfMonth() ? p.withDayOfMonth(day)
                            : prev.withDayOfMonth(Math.min(day, prev.lengthOfMonth()));
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

    /**
     * The day {@code month}/{@code day} as last seen from the publication date: in its year, or the year before when
     * that would lie more than a month after it ({@code 12月29日} published 2024-01-03 is 2023-12-29). A day a few days
     * after publication is an announced event and keeps the year.
     */
    private static String notAfter(LocalDate published, int month, int day) {
        String same = iso(published.getYear(), month, day);
        if (same == null) {
            return null;
        }
        return LocalDate.parse(same).isAfter(published.plusDays(31)) ? iso(published.getYear() - 1, month, day) : same;
    }

    private static boolean valid(int y, int m, int d) {
        return iso(y, m, d) != null;
    }

    private static String iso(String y, String m, String d) {
        return iso(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }

    private static String iso(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The value of a number written in digits or Chinese numerals ({@link ChineseNumber}), or null. */
    private static Integer number(String s) {
        int v = ChineseNumber.parse(s);
        return v < 0 ? null : v;
    }
}
