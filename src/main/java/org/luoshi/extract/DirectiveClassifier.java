package org.luoshi.extract;

import org.luoshi.nlp.LeadCharPattern;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence is an instruction and with which modality (ANNOTATION.md, Directives). Deontic
 * markers make one; in a paragraph where a speaker or the meeting has begun instructing, a sentence without a
 * marker continues the instruction unless it reads as a report, an evaluation or a principle. Headings never are.
 */
final class DirectiveClassifier {
    private static final LeadCharPattern YAO = LeadCharPattern.compile("(?<![重主需只必首纪摘扼简概紧显险将想])要(?![素点闻害件地职员务])");
    private static final Pattern YAO_QIU_NOUN = Pattern.compile("(的|总|明确|新|这些|各项|上级|国家|和|点|硬|刚性|相关|有关|工作|作了|提出|按照)要求(?![，：:\\p{IsHan}])|要求[。；]|(的|总|明确|新|硬|刚性|相关)要求|(根据|按照|遵照|传达|贯彻|落实)[^，。]{0,30}要求");
    private static final LeadCharPattern MARKERS = Lexicons.anyOf(Lexicons.lines("directive-markers.txt"));
    private static final Pattern WEAK = Pattern.compile("确保|坚决|切实|力争|望");
    private static final LeadCharPattern PROHIBITION = Lexicons.anyOf(Lexicons.lines("prohibition-markers.txt"));
    private static final LeadCharPattern REPORT = Lexicons.anyOf(Lexicons.lines("report-cues.txt"));
    private static final Pattern HEADING = Pattern.compile("^([（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|\\d+[、.．]|第[一二三四五六七八九十]+[部章节]分?)");
    private static final Pattern ENUMERATED = Pattern.compile("^(一|二|三|四|五|六|七|八|九|十)(要|是)|^第[一二三四五六七八九十]+[，,]|^首先|^其次|^最后|^另一方面|^一方面");
    private static final Pattern IMPERATIVE = Pattern.compile("^(?:" + String.join("|", Lexicons.lines("imperative-starts.txt")) + ")");
    private static final Pattern ADVERBIAL = Pattern.compile(
            "^(?:(?:同时|另外|此外|特别是|尤其是|其中|工作中|当前|下一步|另一方面|一方面|针对[^，。]{1,30}|按照[^，。]{1,40}|在[^，。]{1,16}(?:层面|方面|上|中|下)|[^，。]{1,8}层面|对[^，。]{1,30}|为了?[^，。]{1,20})[，,]?)+");
    /** A notice or opinion issued, followed in the same sentence by what it orders (发布通知，即日起至3月底，在全国组织开展…). */
    private static final Pattern NOTICE_CONTENT = Pattern.compile("(发布|下发|印发|发出)[^，。]{0,20}(通知|意见|方案)[，：,:][^。]{0,20}(开展|组织|部署|实施|启动)");
    private static final Pattern TRIGGER_PREFIX = Pattern.compile("^[^，。：]{0,24}(指出|强调|要求|表示|认为|提出|批示指出|指示指出)[，：:]");

    /** Offset of the first deontic marker in the sentence, or -1. */
    int firstMarker(String s) {
        int best = -1;
        LeadCharPattern.Finder y = YAO.matcher(s);
        while (y.find()) {
            if (s.startsWith("要求", y.start()) && isNounYaoQiu(s, y.start())) {
                continue;
            }
            best = y.start();
            break;
        }
        LeadCharPattern.Finder m = MARKERS.matcher(s);
        if (m.find() && (best < 0 || m.start() < best)) {
            best = m.start();
        }
        return best;
    }

    private static boolean isNounYaoQiu(String s, int at) {
        Matcher m = YAO_QIU_NOUN.matcher(s);
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    boolean isHeading(String sentence, boolean wholeLine) {
        if (HEADING.matcher(sentence).find()) {
            return true;
        }
        char last = sentence.charAt(sentence.length() - 1);
        return wholeLine && "。！？；".indexOf(last) < 0 && sentence.length() <= 40 && !sentence.contains("，");
    }

    /**
     * @param continuing whether the paragraph is already giving instructions (a speaker or 会议 has begun)
     */
    boolean isDirective(String s, boolean continuing) {
        int marker = firstMarker(s);
        if (marker >= 0) {
            boolean onlyWeak = true;
            LeadCharPattern.Finder y = YAO.matcher(s);
            if ((y.find() && !isNounYaoQiu(s, y.start())) || strongMarker(s)) {
                onlyWeak = false;
            }
            return !(onlyWeak && REPORT.matcher(s).find());
        }
        if (NOTICE_CONTENT.matcher(s).find()) {
            return true;
        }
        Matcher enumerated = ENUMERATED.matcher(s);
        if (enumerated.find() && !REPORT.matcher(s).find() && imperative(s.substring(enumerated.end()))) {
            return true;
        }
        return continuing && !REPORT.matcher(s).find() && s.length() >= 8 && !s.endsWith("？") && imperative(s);
    }

    /** Whether the sentence, past its leading adverbials, begins like an order (an imperative verb, 各级…). */
    static boolean imperative(String s) {
        String rest = ADVERBIAL.matcher(s).replaceFirst("");
        rest = rest.replaceFirst("^[，,、]", "");
        return IMPERATIVE.matcher(rest).find() || IMPERATIVE.matcher(s).find();
    }

    private static boolean strongMarker(String s) {
        LeadCharPattern.Finder m = MARKERS.matcher(s);
        while (m.find()) {
            if (!WEAK.matcher(m.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** must_not when the sentence opens with a prohibition or prohibitions govern as many clauses as the rest. */
    String modality(String s) {
        String body = TRIGGER_PREFIX.matcher(s).replaceFirst("").replaceAll("“[^”]*”", "“”");
        List<String> clauses = List.of(body.split("[，；：,;]"));
        int prohibited = 0;
        int other = 0;
        boolean first = true;
        for (String c : clauses) {
            String clause = c.strip();
            if (clause.length() <= 4 && !PROHIBITION.matcher(clause).find()) {
                continue;
            }
            boolean p = PROHIBITION.matcher(clause).find() && !clause.contains("不仅不能");
            if (first && p && PROHIBITION.matcher(clause).lookingAt()) {
                return "must_not";
            }
            first = false;
            if (p) {
                prohibited++;
            } else {
                other++;
            }
        }
        return prohibited > 0 && prohibited >= other ? "must_not" : "must";
    }
}
