package org.luoshi.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies a directive tells to act, as written in the sentence (ANNOTATION.md, Directives: addressees; empty when
 * implicit): the units after {@code 请} ({@code 请各村（居）委会、各景区经营单位立即…}) or an order's {@code 要求}
 * ({@code 要求各地区各部门…}); those a duty is assigned to ({@code 由区公安分局负责，区交通运输局配合}); those a
 * prohibition names ({@code 严禁任何单位和个人…}); else the subject of each clause that carries a marker, past a
 * speaker's lead-in ({@code 黎文昭要求，}) and an enumerator ({@code 二是}), when it ends in a word for a body
 * ({@code addressee-heads.txt}) or starts with 各/全/任何 — or, for a marker opening its clause, the subject the
 * sentence named before it ({@code 各级党政一把手是安全生产第一责任人，要…}). Units joined by 、 are separate when
 * each is named in full ({@code 各地、各部门}); a part that only completes the one before ({@code 各部门、单位},
 * {@code 各级党委、政府}) or a modifier shared by all ({@code 各村、各单位的一把手}) keeps them together.
 */
final class AddresseeFinder {
    private static final String HEADS = Lexicons.alternation(Lexicons.lines("addressee-heads.txt"));
    /** A unit's name: characters or whole bracketed parts (各镇（街道）, 各村（居）委会), ending in a head. */
    private static final String UNIT = "(?:[^，。；：（）\\s]|（[^）]{1,8}）){0,24}?(?:" + HEADS + ")(?:（[^）]{1,8}）)?";
    private static final Pattern SUBJECT = Pattern.compile("(" + UNIT + ")(都|也|均|还|更|一定|务必)?$");
    /** A clause that names its subject and what it is or bears, before the order (企业是…，要…). */
    private static final Pattern STATED_SUBJECT = Pattern.compile("^(" + UNIT + ")(?=是|作为|担负|负有|负|承担|对)");
    /** A phrase that starts as an object or an adverbial, not as who acts (对一线从业人员…要). */
    private static final Pattern OBJECT = Pattern.compile("对|把|将|向|为|从|在|与|和");
    private static final Pattern OPEN_SUBJECT = Pattern.compile("^(?:各|全[省市县区镇乡]?各|任何|你[县市区镇局])");
    private static final Pattern LEADING = Pattern.compile("^(同时|另外|此外|特别是|尤其是|其中|并且|并|也|还|而且|首先|其次|最后|在[^，]{1,10}方面)，?");
    private static final Pattern ENUMERATOR = Pattern.compile("^([一二三四五六七八九十]+(是|要|要是)|第[一二三四五六七八九十]+[，,、]?|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|\\d+[、.．])");
    private static final Pattern REQUEST = Pattern.compile("(?:^|[，：；])(?:请|要求|责成)([^，。；]{2,40}?)(?=立即|迅速|尽快|马上|及时|务必|认真|切实|进一步|抓紧|要|于|在|对|按|结合|严格|全面|做好|加强|组织|开展|落实|高度|督促|[，。；])");
    private static final Pattern ASSIGNED = Pattern.compile("由([^，。；由]{2,24}?)(?:牵头|负责|组织实施|承担)(?:[^。；]{0,40}?[，、]([^，。；]{2,24}?)(?:配合|协助|参与))?");
    private static final Pattern FORBIDDEN = Pattern.compile("(?:严禁|禁止)(任何单位和个人|任何单位|任何个人|任何人|各[^，。；在对将把]{1,14}?(?:" + HEADS + "))");
    private static final Pattern STARTS_UNIT = Pattern.compile("^(各|全|任何|你|市级|县级|区级|镇级|乡级|有关|相关|省|市|县|区|镇|乡|街道)");
    private static final Pattern ENDS_UNIT = Pattern.compile("(?:" + HEADS + ")(?:（[^）]{1,8}）)?$");
    private static final Pattern SUBJECT_WITHOUT_MARKER = Pattern.compile("^(各[^，。；对在于把将按向与从]{1,14}?(?:" + HEADS + "))(?=对|在|于|把|将|按|向|与|从)");
    /** Markers of an order whose subject is the addressee (the weak 切实/确保/坚决 qualify an action instead). */
    private static final Pattern STRONG = Pattern.compile("(?<![重主需只必首纪摘扼简概紧显险将想])要(?![素点闻害件地职员务求])|必须|务必|一定要|应当|(?<![反适相供答响效报回是])应(?![急用对该有届聘邀变约到付])|不得|严禁|禁止|一律");

    /**
     * @param sentence the directive sentence
     * @param markerAt offset of the order's marker ({@link DirectiveClassifier#orderMarker}), or -1
     */
    List<String> find(String sentence, int markerAt) {
        int lead = DirectiveClassifier.leadIn(sentence);
        String body = sentence.substring(lead);
        Matcher r = REQUEST.matcher(body);
        if (r.find() && (r.start() <= 1 || (markerAt >= 0 && r.start() + lead <= markerAt + 1 && markerAt < r.start(1) + lead))
                && looksLikeUnits(r.group(1))) {
            return split(r.group(1));
        }
        Matcher a = ASSIGNED.matcher(sentence);
        if (a.find()) {
            List<String> out = new ArrayList<>(split(a.group(1)));
            if (a.group(2) != null) {
                out.addAll(split(a.group(2)));
            }
            return out;
        }
        Matcher f = FORBIDDEN.matcher(body);
        if (f.find() && (markerAt < 0 || f.start() + lead <= markerAt)) {
            return split(f.group(1));
        }
        if (markerAt < lead) {
            Matcher s = SUBJECT_WITHOUT_MARKER.matcher(strip(body));
            return markerAt < 0 && s.find() ? split(s.group(1)) : List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        String[] clauses = body.split("(?<=[，：；])");
        int at = lead;
        boolean any = false;
        for (String clause : clauses) {
            Matcher m = STRONG.matcher(clause);
            int marker = -1;
            while (m.find()) {
                if (!m.group().equals("要") || !clause.startsWith("要求", m.start())) {
                    marker = m.start();
                    break;
                }
            }
            if (at + clause.length() > markerAt && marker < 0 && !any && at <= markerAt) {
                marker = markerAt - at; // the order's own marker is a weak one (切实, 确保)
            }
            if (marker >= 0) {
                any = true;
                List<String> subject = subject(clause.substring(0, marker));
                if (subject.isEmpty() && out.isEmpty()) {
                    subject = statedBefore(clauses, clause);
                }
                out.addAll(subject);
            }
            at += clause.length();
        }
        return new ArrayList<>(out);
    }

    /** The subject written before a marker in its clause, when it names a body. */
    private static List<String> subject(String before) {
        String clause = strip(before);
        Matcher m = SUBJECT.matcher(clause);
        if (m.find() && (m.start() == 0 || OPEN_SUBJECT.matcher(m.group(1)).find())) {
            String subject = m.group(1);
            if (subject.length() >= 2 && (!subject.contains("的") || OPEN_SUBJECT.matcher(subject).find())
                    && !OBJECT.matcher(subject).lookingAt()) {
                return split(subject);
            }
        }
        return List.of();
    }

    /** Subjects the clauses before {@code upTo} state (企业是…，企业法人是…，必须…). */
    private static List<String> statedBefore(String[] clauses, String upTo) {
        List<String> out = new ArrayList<>();
        for (String c : clauses) {
            if (c == upTo) {
                break;
            }
            Matcher m = STATED_SUBJECT.matcher(strip(c));
            if (m.find()) {
                out.addAll(split(m.group(1)));
            }
        }
        return out;
    }

    private static String strip(String clause) {
        String c = clause.strip();
        for (int k = 0; k < 3; k++) {
            String before = c;
            c = LEADING.matcher(c).replaceFirst("");
            c = ENUMERATOR.matcher(c).replaceFirst("");
            if (c.equals(before)) {
                break;
            }
        }
        return c;
    }

    private static boolean looksLikeUnits(String s) {
        return OPEN_SUBJECT.matcher(s).find() || SUBJECT.matcher(s).find();
    }

    /**
     * Units as written: those joined by 、 are separate when each is named in full (begins as a unit does, or is a
     * longer name ending in a body's word), together when one only completes another; 及 always separates, 和 only
     * between two named bodies that no 各/任何 governs ({@code 镇安办和企业}, but {@code 任何单位和个人}).
     */
    static List<String> split(String units) {
        List<String> parts = DocumentLayout.splitUnits(units.replace('，', '\u0000'));
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String part = p.replace('\u0000', '，');
            boolean whole = STARTS_UNIT.matcher(part).find() || (part.length() >= 4 && ENDS_UNIT.matcher(part).find());
            if (!out.isEmpty() && !whole) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "、" + part);
            } else {
                out.add(part);
            }
        }
        if (out.size() > 1 && out.get(out.size() - 1).contains("的")) {
            return List.of(String.join("、", out));
        }
        List<String> joined = new ArrayList<>();
        for (String u : out) {
            for (String v : u.split("及")) {
                joined.addAll(splitAnd(v));
            }
        }
        return joined;
    }

    private static List<String> splitAnd(String unit) {
        int and = unit.indexOf('和');
        if (and <= 0 || OPEN_SUBJECT.matcher(unit).find()) {
            return List.of(unit);
        }
        String left = unit.substring(0, and);
        String right = unit.substring(and + 1);
        if (ENDS_UNIT.matcher(left).find() && ENDS_UNIT.matcher(right).find() && left.length() >= 2 && right.length() >= 2) {
            return List.of(left, right);
        }
        return List.of(unit);
    }
}
