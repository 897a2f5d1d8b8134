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
    private static final Pattern YAO_QIU_NOUN = Pattern.compile("(的|总|明确|新|这些|各项|上级|国家|和|点|硬|刚性|相关|有关|工作|作了|提出|按照|按)要求(?![，：:\\p{IsHan}])|要求[。；]|(的|总|明确|新|硬|刚性|相关)要求|(根据|按照|遵照|传达|贯彻|落实)[^，。]{0,30}要求|按照?要求");
    private static final LeadCharPattern MARKERS = Lexicons.anyOf(Lexicons.lines("directive-markers.txt"));
    /** Markers of a positive order: a prohibition after one of these is part of what is ordered. */
    private static final Pattern ORDER = Pattern.compile("(?<![重主需只必首纪摘扼简概紧显险将想])要(?![素点闻害件地职员务求])");
    private static final Pattern WEAK = Pattern.compile("确保|坚决|切实|力争|望");
    private static final LeadCharPattern PROHIBITION = Lexicons.anyOf(Lexicons.lines("prohibition-markers.txt"));
    private static final LeadCharPattern REPORT = Lexicons.anyOf(Lexicons.lines("report-cues.txt"));
    /** The number of a section or item: 一、 （一） 1. （1） 第一部分. */
    private static final Pattern NUMBERED = Pattern.compile("^([（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|\\d+[、.．](?!\\d)|第[一二三四五六七八九十]+[部章节]分?)\\s*");
    /** How far a lead-in reaches: two stretches of at most 24 characters and a verb. */
    private static final int LEAD_IN_REACH = 52;
    private static final List<String> TRIGGER_VERBS = List.of("指出", "强调", "要求", "表示", "认为", "提出");
    private static final String TRIGGER_FIRST = "指强要表认提";
    /** The longest stretch a noun use of 要求 spans (根据 + 30 characters + 要求). */
    private static final int NOUN_REACH = 36;
    /** A notice's own closing formula or a statement of its validity: no order. */
    private static final Pattern BOILERPLATE = Pattern.compile("^(特此(通知|通告|通报|函告|函|公告)|本(通知|通告|意见|方案|办法|规定)[^，。]{0,20}(起|施行|执行|有效|废止))");
    /**
     * A duty assigned (由区应急局牵头…, …由县公安部门负责): an order only where orders are being given (an official
     * document, an instructing paragraph); never 由于, nor a clause that describes (由国务院新闻办牵头组织的活动).
     */
    private static final Pattern ASSIGNMENT = Pattern.compile("(?<![理自经])由(?![于此衷])[^，。；由]{2,24}?(牵头|负责|组织实施|承担)(?![^，。；]{0,12}的)");
    /** Consequences for violators without an order (违反…的，依法追究责任). */
    private static final Pattern CONSEQUENCE = Pattern.compile("^(对)?(违反|不按|拒不|未按)[^。]{0,40}的，");
    private static final Pattern ENUMERATED = Pattern.compile("^(一|二|三|四|五|六|七|八|九|十)(要|是)|^第[一二三四五六七八九十]+[，,]|^首先|^其次|^最后|^另一方面|^一方面");
    private static final Pattern IMPERATIVE = Pattern.compile("^(?:" + String.join("|", Lexicons.lines("imperative-starts.txt")) + ")");
    private static final Pattern ADVERBIAL = Pattern.compile(
            "^(?:(?:同时|另外|此外|特别是|尤其是|其中|工作中|当前|下一步|另一方面|一方面|针对[^，。]{1,30}|按照[^，。]{1,40}|在[^，。]{1,16}(?:层面|方面|上|中|下)|[^，。]{1,8}层面|对[^，。]{1,30}|为了?[^，。]{1,20})[，,]?)+");
    /** A notice or opinion issued, followed in the same sentence by what it orders (发布通知，即日起至3月底，在全国组织开展…). */
    private static final Pattern NOTICE_CONTENT = Pattern.compile("(发布|下发|印发|发出)[^，。]{0,20}(通知|意见|方案)[，：,:][^。]{0,20}(开展|组织|部署|实施|启动)");
    private static final Pattern TRIGGER_PREFIX = Pattern.compile("^[^，。：]{0,24}(?:，[^，。：]{0,24}?)?(指出|强调|要求|表示|认为|提出|批示指出|指示指出)[，：:]");

    /** Offset of the first deontic marker in the sentence, or -1. */
    static int firstMarker(String s) {
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

    /** Whether the 要 at {@code at} is part of 要求 used as a noun (总要求, 按要求); only the text around it is read. */
    private static boolean isNounYaoQiu(String s, int at) {
        Matcher m = YAO_QIU_NOUN.matcher(s).useTransparentBounds(true)
                .region(Math.max(0, at - NOUN_REACH), Math.min(s.length(), at + NOUN_REACH));
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence is a heading, never a directive. A numbered line is a heading when it has no sentence
     * punctuation and is a whole line, or when it orders nothing: in an official document, no marker and no imperative
     * start ({@code 一、排查重点}); elsewhere, no marker ({@code 一、以守土有责的认识重视安全生产工作。} heads a section).
     * An unnumbered short whole line without sentence punctuation or comma is a heading too.
     *
     * @param official whether the document is laid out as an official document ({@link DocumentLayout})
     */
    boolean isHeading(String sentence, boolean wholeLine, boolean official) {
        char last = sentence.charAt(sentence.length() - 1);
        boolean punctuated = "。！？；".indexOf(last) >= 0;
        Matcher n = NUMBERED.matcher(sentence);
        if (n.find()) {
            if (wholeLine && !punctuated) {
                return true;
            }
            String rest = sentence.substring(n.end());
            return firstMarker(rest) < 0 && !(official && (imperative(rest) || ASSIGNMENT.matcher(rest).find()));
        }
        return wholeLine && !punctuated && sentence.length() <= 40 && !sentence.contains("，");
    }

    boolean isHeading(String sentence, boolean wholeLine) {
        return isHeading(sentence, wholeLine, false);
    }

    /** The sentence without its leading number ({@code （一）}, {@code 1.}); unchanged when it has none. */
    static String withoutNumber(String s) {
        Matcher n = NUMBERED.matcher(s);
        return n.lookingAt() ? s.substring(n.end()) : s;
    }

    /** Length of the speaker's or meeting's lead-in ({@code 韩季平要求：}, {@code 会议强调，}); 0 when none. */
    static int leadIn(String s) {
        if (!hasTriggerVerb(s)) {
            return 0;
        }
        Matcher t = TRIGGER_PREFIX.matcher(s);
        if (!t.find() || firstMarker(s.substring(0, t.start(1))) >= 0
                || (t.group(1).equals("要求") && isNounYaoQiu(s, t.start(1)))) {
            return 0;
        }
        return t.end();
    }

    /** Whether a verb of a lead-in (指出, 强调, 要求 …) stands where a lead-in could end: a cheap test before the regex. */
    private static boolean hasTriggerVerb(String s) {
        int limit = Math.min(s.length() - 2, LEAD_IN_REACH);
        for (int i = 0; i < limit; i++) {
            if (TRIGGER_FIRST.indexOf(s.charAt(i)) >= 0) {
                for (String v : TRIGGER_VERBS) {
                    if (s.startsWith(v, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Offset of the marker of the order itself: the first deontic marker after a lead-in ({@code 黎文昭要求，各乡镇要…}
     * → the second 要), or -1.
     */
    static int orderMarker(String s) {
        int lead = leadIn(s);
        int m = firstMarker(s.substring(lead));
        return m < 0 ? -1 : lead + m;
    }

    /** A closing formula, a validity statement or a consequence without order: never a directive. */
    boolean isBoilerplate(String s) {
        String body = withoutNumber(s);
        return BOILERPLATE.matcher(body).find() || (CONSEQUENCE.matcher(body).find() && firstMarker(body) < 0);
    }

    /** A sentence continuing a request (请…) in its paragraph: a directive unless it reports. */
    boolean continuesRequest(String s) {
        return !REPORT.matcher(s).find() && !isBoilerplate(s) && !s.endsWith("？");
    }

    /**
     * @param continuing whether the paragraph is already giving instructions (a speaker or 会议 has begun)
     */
    boolean isDirective(String s, boolean continuing) {
        if (isBoilerplate(s)) {
            return false;
        }
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
        int lead = leadIn(s);
        String body = withoutNumber(s.substring(lead));
        Matcher enumerated = ENUMERATED.matcher(body);
        boolean isEnumerated = enumerated.find();
        if (!continuing && !isEnumerated) {
            return false;
        }
        if (REPORT.matcher(s).find()) {
            return false; // every way below needs a sentence that does not report (the cue list is read once)
        }
        if (continuing && ASSIGNMENT.matcher(s).find()) {
            return true;
        }
        if (isEnumerated && imperative(body.substring(enumerated.end()))) {
            return true;
        }
        if (!continuing) {
            return false;
        }
        if (body.length() < s.length() - lead && imperative(body)) {
            return true; // a numbered item of an instructing text (2.各乡镇对…进行复核。)
        }
        return s.length() >= 8 && !s.endsWith("？") && imperative(s);
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

    /**
     * must_not when the order is a prohibition (ANNOTATION.md, modality): the sentence opens with one, or prohibitions
     * govern as many clauses as the rest. A prohibition after a 要 order, or inside its object
     * ({@code 要张贴禁止停放…的警示标识}), stays must.
     */
    String modality(String s) {
        String body = withoutNumber(s.substring(leadIn(s))).replaceAll("“[^”]*”", "“”");
        LeadCharPattern.Finder prohibition = PROHIBITION.matcher(body);
        Matcher order = ORDER.matcher(body);
        if (order.find() && !isNounYaoQiu(body, order.start()) && (!prohibition.find() || order.start() < prohibition.start())) {
            return "must";
        }
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
