package org.luoshi.formula;

import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.nlp.PersonNames;
import org.luoshi.nlp.Segmenter;
import org.luoshi.resources.ResourceLines;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places in a normalized text that look like a policy formula (提法), in three shapes:
 * <ul>
 * <li>{@link Kind#list}: parallel short items joined by 、 ({@code 全覆盖、零容忍、严执法、重实效}). The items inside a
 * clause's run of 、 must be of one length and set it; the first item is the end of the text before the first 、 of
 * that length, or up to {@value #SLACK} more to start a word ({@code 打好人民战争、总体战、阻击战} → 人民战争), the last
 * likewise the start of the text after the last 、, ending a word; with two items, the second must end the clause and
 * sets the length ({@code 坚持人民至上、生命至上} → {@code 人民至上、生命至上}). Lists of person names or of places are
 * not formulas. Quoted items in a row ({@code “党政同责”“一岗双责”}) are a list too.</li>
 * <li>{@link Kind#quoted}: a short phrase in quotation marks ({@code “时时放心不下”}).</li>
 * <li>{@link Kind#numbered}: a numbered slogan — a numeral, a character, a numeral and one or two more
 * ({@code 三管三必须}, {@code 四不两直}), a numeral with 个 and two characters ({@code 两个至上}), or a numeral and two
 * characters ending a clause ({@code 五到位}); each starting and ending a word (HanLP), so 一对一精 is not one.</li>
 * </ul>
 * A candidate is not yet a formula: {@link FormulaMiner} keeps those the index shows first used in the year asked and
 * used again later.
 */
public final class FormulaCandidates {
    /** The shape a candidate was found in. */
    public enum Kind { list, quoted, numbered }

    /**
     * A candidate as written (items joined by 、 for a list), its shape, and the stretch {@code [start, end)} of the
     * text it was read from (for quoted items in a row, from the first quotation mark to the last).
     */
    public record Candidate(String text, Kind kind, int start, int end) {
    }

    /** The longest item of a list and the longest quoted phrase, in characters. */
    static final int MAX_ITEM = 8;
    static final int MAX_QUOTED = 16;
    /** How many characters longer than the others the first and last item of a list may be, to start or end a word. */
    static final int SLACK = 2;
    private static final Segmenter WORDS = Segmenter.standard();
    private static final String NUMERALS = "一二两三四五六七八九十";
    /** Characters after a numeral that make a count or an ordinal, not a slogan (三个月, 五年, 三是). */
    private static final String COUNTERS = "个年月日天周次项批名位家人种条分点号岁级倍元万亿千百十是届期轮季类座所辆台只处件层份套步";
    /**
     * The heads of post titles of the extraction's lexicon, but those that are also common words of formulas
     * (加强领导, 领导干部, 班子成员).
     */
    private static final List<String> POST_HEADS = ResourceLines.read(FormulaCandidates.class, "/org/luoshi/extract/post-heads.txt").stream()
            .map(String::strip).filter(h -> h.length() >= 2 && !List.of("领导", "成员", "领导干部", "处级干部").contains(h)).toList();
    private static final Pattern COLUMN = Pattern.compile("【([^【】\\n]{2,30})】");
    private static final Pattern QUOTED = Pattern.compile("[“「『‘]([^“”「」『』‘’\\n]{1," + (MAX_QUOTED * 2) + "})[”」』’]");
    /** A clause: the text between punctuation other than 、 (quotes and brackets included). */
    private static final Pattern CLAUSE = Pattern.compile("[^，。；：！？\\n（）()《》〈〉“”「」『』‘’,;:!?\\[\\]【】…—\\s]+");
    private static final Pattern NUMBERED = Pattern.compile(
            "(?<![" + NUMERALS + "第])([" + NUMERALS + "])(?:(个)(\\p{IsHan}{2})|(\\p{IsHan})([" + NUMERALS + "])(\\p{IsHan}{1,2})|(\\p{IsHan}{2})(?!\\p{IsHan}))");

    private FormulaCandidates() {
    }

    /** The candidates of a text in order of where they start (a phrase may be found in more than one shape). */
    public static List<Candidate> in(String text) {
        List<Candidate> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        quoted(text, out);
        Matcher c = CLAUSE.matcher(text);
        while (c.find()) {
            list(c.group(), c.start(), out);
            numbered(c.group(), c.start(), out);
        }
        out.removeIf(x -> x.text().codePoints().allMatch(ch -> (NUMERALS + "〇零百千万、").indexOf(ch) >= 0)); // 四一二: a number
        out.sort(java.util.Comparator.comparingInt(Candidate::start));
        return out;
    }

    private static void quoted(String text, List<Candidate> out) {
        Matcher m = QUOTED.matcher(text);
        List<String> run = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        while (m.find()) {
            String inner = m.group(1).strip();
            int at = m.start(1) + m.group(1).indexOf(inner);
            boolean item = han(inner) && inner.length() >= 2 && inner.length() <= MAX_ITEM;
            if (inner.length() >= 2 && inner.length() <= MAX_QUOTED && hanCount(inner) >= 2 && inner.matches("[\\p{IsHan}、，\\d]+")
                    && !PersonNames.isPersonName(inner, "")) {
                out.add(new Candidate(inner, Kind.quoted, at, at + inner.length()));
            }
            // Quoted items one after another (nothing or 、 between them) are a list.
            boolean continues = runEnd >= 0 && text.substring(runEnd, m.start()).matches("、?");
            if (!continues) {
                addList(run, runStart, runEnd, out);
                run.clear();
                runStart = m.start();
            }
            if (item) {
                run.add(inner);
                runEnd = m.end();
            } else {
                addList(run, runStart, runEnd, out);
                run.clear();
                runEnd = -1;
            }
        }
        addList(run, runStart, runEnd, out);
    }

    private static void addList(List<String> items, int start, int end, List<Candidate> out) {
        if (items.size() >= 2 && items.stream().distinct().count() == items.size()) {
            out.add(new Candidate(String.join("、", items), Kind.list, start, end));
        }
    }

    private static void list(String clause, int base, List<Candidate> out) {
        String[] seg = clause.split("、", -1);
        if (seg.length < 2) {
            return;
        }
        int n = seg.length;
        int len = seg[1].length();
        for (int i = 1; i < n - 1; i++) {
            if (seg[i].length() != len || !han(seg[i])) {
                return;
            }
        }
        if (len < 2 || len > MAX_ITEM) {
            return;
        }
        Boundaries words = new Boundaries(clause);
        List<String> items = new ArrayList<>();
        int start = base + seg[0].length();
        // The first item: the shortest end of the text before the first 、 at least as long as the others that starts a word.
        String head = seg[0];
        for (int k = len; k <= Math.min(head.length(), len + SLACK); k++) {
            String item = head.substring(head.length() - k);
            if (han(item) && (k == head.length() || words.at(head.length() - k))) {
                items.add(item);
                start -= k;
                break;
            }
        }
        for (int i = 1; i < n - 1; i++) {
            items.add(seg[i]);
        }
        // The last: with more than two items, the shortest start of the text after the last 、 that ends a word.
        String tail = seg[n - 1];
        int tailStart = clause.length() - tail.length();
        for (int k = len; k <= Math.min(tail.length(), len + SLACK); k++) {
            String item = tail.substring(0, k);
            if (han(item) && (k == tail.length() || n > 2 && words.at(tailStart + k))) {
                items.add(item);
                break;
            }
        }
        if (items.size() < 2 || items.stream().distinct().count() < items.size() || namesOrPlaces(items)) {
            return;
        }
        String text = String.join("、", items);
        out.add(new Candidate(text, Kind.list, start, start + text.length()));
    }

    /** Where the words of a clause begin and end (HanLP segmentation), asked only for clauses that need it. */
    private static final class Boundaries {
        private final String clause;
        private java.util.BitSet at;

        Boundaries(String clause) {
            this.clause = clause;
        }

        boolean at(int offset) {
            if (at == null) {
                at = new java.util.BitSet(clause.length() + 1);
                at.set(0);
                at.set(clause.length());
                for (Segmenter.Token t : WORDS.segment(clause)) {
                    at.set(t.start());
                    at.set(t.end());
                }
            }
            return at.get(offset);
        }
    }

    /**
     * Whether the items are a roll call or a list of places: half of them or more person or division names, or one
     * a post title ({@code 中共中央政治局常委}) or a post and a name ({@code 全国政协主席汪洋}).
     */
    private static boolean namesOrPlaces(List<String> items) {
        int hits = 0;
        for (String item : items) {
            if (post(item)) {
                return true;
            }
            if (!Gazetteer.get().fullNames(item).isEmpty() || item.length() <= 4 && PersonNames.isPersonName(item, "")) {
                hits++;
            }
        }
        return hits * 2 >= items.size();
    }

    /** Whether an item ends with a post head, or with a post head and a person's name. */
    private static boolean post(String item) {
        for (String head : POST_HEADS) {
            int at = item.lastIndexOf(head);
            if (at > 0 && (at + head.length() == item.length()
                    || item.length() - at - head.length() <= 3 && PersonNames.isPersonName(item.substring(at + head.length()), ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The column headings of a text, {@code 【…】} (in news exports a programme's column: 【走向我们的小康生活】): a
     * quoted column name is a programme's title, not a formula.
     */
    public static java.util.Set<String> columns(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (text != null) {
            Matcher m = COLUMN.matcher(text);
            while (m.find()) {
                out.add(m.group(1).replaceAll("[^\\p{L}\\p{N}]", ""));
            }
        }
        return out;
    }

    private static void numbered(String clause, int base, List<Candidate> out) {
        Matcher m = NUMBERED.matcher(clause);
        Boundaries words = new Boundaries(clause);
        while (m.find()) {
            String text;
            if (m.group(2) != null) {
                if (COUNTERS.indexOf(m.group(3).charAt(0)) >= 0 || "多小".indexOf(m.group(3).charAt(0)) >= 0) {
                    continue; // 三个月内, 两个多月
                }
                text = m.group(1) + m.group(2) + m.group(3); // 两个至上
            } else if (m.group(4) != null) {
                if (COUNTERS.indexOf(m.group(4).charAt(0)) >= 0 || COUNTERS.indexOf(m.group(6).charAt(0)) >= 0
                        || NUMERALS.indexOf(m.group(4).charAt(0)) >= 0) {
                    continue;
                }
                text = m.group(1) + m.group(4) + m.group(5) + m.group(6); // 三管三必须, 四不两直
                if (m.group(6).length() == 2 && words.at(m.start() + 4) && words.at(m.start())) {
                    out.add(new Candidate(text.substring(0, 4), Kind.numbered, base + m.start(), base + m.start() + 4)); // the 4-character form too
                }
            } else {
                if (COUNTERS.indexOf(m.group(7).charAt(0)) >= 0 || NUMERALS.indexOf(m.group(7).charAt(0)) >= 0) {
                    continue; // 五年, 十九大
                }
                text = m.group(1) + m.group(7); // 五到位
            }
            if (words.at(m.start()) && words.at(m.start() + text.length())) {
                out.add(new Candidate(text, Kind.numbered, base + m.start(), base + m.start() + text.length()));
            }
        }
    }

    private static boolean han(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static long hanCount(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
