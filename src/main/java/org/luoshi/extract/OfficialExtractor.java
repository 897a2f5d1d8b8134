package org.luoshi.extract;

import org.luoshi.gazetteer.Division;
import org.luoshi.model.Official;
import org.luoshi.nlp.Lexicon;
import org.luoshi.nlp.PersonNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named officials (ANNOTATION.md, Officials): a post title written before a name ({@code 县委副书记、县长林春元},
 * {@code 团风县委副书记、县长晏明哲}; the grammar of {@link PostTitles}), names sharing a title in a list
 * ({@code 副市长郭尚礼、卫再学}), a post written after the name ({@code 郑建华副县长}, {@code 王建正副省长的批示}) or
 * around it ({@code 县应急管理局吴萍局长} → 县应急管理局局长), national leaders before their post ({@code 习近平总书记})
 * and named people acting in a role with no post ({@code 张国清主持会议}). Names are found by {@link PersonNameFinder}.
 * Short references ({@code 冉县长}, {@code 张书记}) are mentions of the official of that surname and post, never new
 * officials. Each name keeps its fullest specific title. Offsets are UTF-16 indexes of the text. Thread-safe.
 */
public final class OfficialExtractor {
    private static final int TITLE_WINDOW = 64;
    private static final Pattern LEADER_AFTER_NAME = Pattern.compile("(?<!副)(总书记|总理)");
    private static final Pattern ROLE_LIST = Pattern.compile("(?:^|[，。；：\\n])([\\p{IsHan}\\x{20000}-\\x{3FFFF}、]{2,30}?)(出席|主持|参加)");
    /** What may follow a post written after a name: a word that follows names, punctuation or 的. */
    private static final Pattern SPEAKS = Pattern.compile("指出|强调|要求|讲话|表示|批示|指示|部署");
    private static final Pattern ATTENDS = Pattern.compile("出席|参加|到会|参会");
    private static final Pattern AFTER_POST = Pattern.compile("^(的|[，。；：、,\\s]|$)");

    /**
     * A person named in the text at [start, end): the name (for a short reference, the full name it stands for), the
     * title written there (null when none) and whether it is a short reference ({@code 冉县长}).
     */
    public record Mention(String name, String title, int start, int end, boolean reference) {
        public Mention(String name, String title, int start, int end) {
            this(name, title, start, end, false);
        }
    }

    /** The officials found (levels filled by {@link #withLevels}) and every mention of them in order. */
    public record Result(List<Official> officials, List<Mention> mentions) {
    }

    /** Officials and mentions with levels taken from the titles and the document's level. */
    public Result extract(String text, String docLevel, PlaceholderSpans excluded) {
        return withLevels(find(text, excluded), docLevel, null);
    }

    /** Officials and their mentions; levels are null until {@link #withLevels}. */
    public Result find(String text, PlaceholderSpans excluded) {
        PersonNameFinder names = new PersonNameFinder(text);
        List<Mention> mentions = new ArrayList<>();
        titledNames(text, names, excluded, mentions);
        postsAfterNames(text, names, excluded, mentions);
        leadersBeforeTitle(text, excluded, mentions);
        namedInRole(text, excluded, mentions);
        Map<String, String> titles = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (!titles.containsKey(m.name()) || better(m.title(), titles.get(m.name()))) {
                titles.put(m.name(), m.title());
            }
        }
        List<Mention> all = new ArrayList<>(mentions);
        for (String name : titles.keySet()) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                if (!covered(all, i)) {
                    all.add(new Mention(name, null, i, i + name.length()));
                }
            }
        }
        shortReferences(text, titles, all);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Official> officials = new ArrayList<>();
        for (Map.Entry<String, String> e : titles.entrySet()) {
            officials.add(new Official(e.getKey(), e.getValue(), null, roles(text, e.getKey(), all)));
        }
        return new Result(officials, all);
    }

    /**
     * The same officials with their levels: the level of the unit of the post, the document's level when the title
     * names none (ANNOTATION.md, Officials: the 市长 of a county-level city is county).
     *
     * @param docUnit the division the document is placed in, or null
     */
    public Result withLevels(Result found, String docLevel, Division docUnit) {
        List<Official> out = new ArrayList<>();
        for (Official o : found.officials()) {
            out.add(new Official(o.name(), o.title(), OfficialLevels.fromTitle(o.title(), docLevel, docUnit), o.roles()));
        }
        return new Result(out, found.mentions());
    }

    private static boolean covered(List<Mention> ms, int at) {
        for (Mention m : ms) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Titles end in a post head, so the (large) title pattern is only tried in a short window before each head
     * the cheap head pattern finds; the title is the longest match that ends at that head.
     */
    private static void titledNames(String text, PersonNameFinder names, PlaceholderSpans excluded, List<Mention> out) {
        org.luoshi.nlp.LeadCharPattern.Finder heads = PostTitles.HEAD_ONLY.matcher(text);
        int consumed = 0;
        while (heads.find()) {
            int headEnd = heads.end();
            if (headEnd <= consumed) {
                continue;
            }
            // A name must follow the head; most heads in running text have none, and the title search is the
            // costly part, so it is only made when there is a name to give the title to.
            int at = headEnd;
            String name = names.nameAt(at);
            if (name == null || excluded.overlaps(at, at + name.length())) {
                continue;
            }
            int start = PostTitles.titleStart(text, headEnd, Math.max(consumed, heads.start() - TITLE_WINDOW));
            String title = start < 0 ? null : text.substring(start, headEnd);
            if (title == null) {
                continue;
            }
            out.add(new Mention(name, title, at, at + name.length()));
            at += name.length();
            while (at < text.length() && text.charAt(at) == '、') {
                String next = names.nameAt(at + 1);
                if (next == null || excluded.overlaps(at + 1, at + 1 + next.length())) {
                    break;
                }
                out.add(new Mention(next, title, at + 1, at + 1 + next.length()));
                at += 1 + next.length();
            }
            consumed = at;
        }
    }

    /**
     * A post written after the name ({@code 韦光耀副县长出席}, {@code 钱振邦副省长的批示}), with the unit before the name
     * when there is one ({@code 县应急管理局吴萍局长} → 县应急管理局局长). The name must read as a person's: named
     * elsewhere as one, or so in HanLP's model.
     */
    private static void postsAfterNames(String text, PersonNameFinder names, PlaceholderSpans excluded, List<Mention> out) {
        org.luoshi.nlp.LeadCharPattern.Finder head = PostTitles.HEAD_AFTER_NAME.matcher(text);
        while (head.find()) {
            if (!AFTER_POST.matcher(text.substring(head.end(), Math.min(text.length(), head.end() + 1))).lookingAt()
                    && !names.isStop(head.end())) {
                continue;
            }
            for (int len = 3; len >= 2; len--) {
                int start = names.codePointsBefore(head.start(), len);
                if (start < 0) {
                    continue;
                }
                String name = text.substring(start, head.start());
                if (!PersonNameFinder.isNameShape(name) || Lexicon.get().isWord(name) || excluded.overlaps(start, head.start())
                        || covered(out, start)) {
                    continue;
                }
                // Between its unit and its head (县水利局邱岚局长) a name needs no more; otherwise it must start a phrase
                // and read as a person's name elsewhere in the text or in HanLP's model.
                int unit = PostTitles.unitStart(text, start, Math.max(0, start - 24));
                if (unit < 0 && !(names.startsName(start)
                        && (names.namedElsewhere(name, start) || PersonNames.isPersonName(name, head.group())))) {
                    continue;
                }
                String title = (unit < 0 ? "" : text.substring(unit, start)) + head.group();
                out.add(new Mention(name, title, start, head.start()));
                break;
            }
        }
    }

    private static void leadersBeforeTitle(String text, PlaceholderSpans excluded, List<Mention> out) {
        Matcher m = LEADER_AFTER_NAME.matcher(text);
        while (m.find()) {
            for (int len = 3; len >= 2; len--) {
                int start = m.start() - len;
                if (start < 0 || covered(out, start)) {
                    continue;
                }
                String name = text.substring(start, m.start());
                if (PersonNameFinder.isNameShape(name) && !excluded.overlaps(start, m.start())
                        && PersonNames.isPersonName(name, m.group())) {
                    out.add(new Mention(name, m.group(), start, m.start()));
                    break;
                }
            }
        }
    }

    private static void namedInRole(String text, PlaceholderSpans excluded, List<Mention> out) {
        if (!text.contains("出席") && !text.contains("主持") && !text.contains("参加")) {
            return; // ROLE_LIST ends in one of these; without them it would try every clause start for nothing
        }
        Matcher m = ROLE_LIST.matcher(text);
        while (m.find()) {
            String[] names = m.group(1).split("、");
            int at = m.start(1);
            List<Mention> found = new ArrayList<>();
            for (String n : names) {
                if (!PersonNameFinder.isNameShape(n) || !PersonNames.isPersonName(n, m.group(2))) {
                    found.clear();
                    break;
                }
                found.add(new Mention(n, null, at, at + n.length()));
                at += n.length() + 1;
            }
            for (Mention f : found) {
                if (!covered(out, f.start()) && !excluded.overlaps(f.start(), f.end())) {
                    out.add(f);
                }
            }
        }
    }

    /**
     * Short references ({@code 冉县长}, {@code 张书记}, {@code 陶市长}): a surname and a head, standing for the one
     * official of that surname whose title contains the head. Added to {@code mentions} under the full name.
     */
    private static void shortReferences(String text, Map<String, String> titles, List<Mention> mentions) {
        if (titles.values().stream().allMatch(java.util.Objects::isNull)) {
            return; // a short reference stands for an official with a post; there is none
        }
        org.luoshi.nlp.LeadCharPattern.Finder h = PostTitles.SHORT_HEAD.matcher(text);
        while (h.find()) {
            for (int len = 2; len >= 1; len--) {
                int start = h.start() - len;
                if (start < 0 || covered(mentions, start)) {
                    continue;
                }
                String surname = text.substring(start, h.start());
                if (!PersonNameFinder.isSurname(surname)) {
                    continue;
                }
                String only = null;
                int count = 0;
                for (Map.Entry<String, String> e : titles.entrySet()) {
                    if (e.getKey().startsWith(surname) && e.getKey().length() > surname.length() && e.getValue() != null
                            && e.getValue().contains(h.group())) {
                        only = e.getKey();
                        count++;
                    }
                }
                if (count == 1) {
                    mentions.add(new Mention(only, null, start, h.end(), true));
                    break;
                }
            }
        }
    }

    /** A specific title beats a generic one (县领导); among equals the longer (fuller) one wins. */
    private static boolean better(String candidate, String current) {
        if (candidate == null) {
            return false;
        }
        if (current == null) {
            return true;
        }
        boolean candGeneric = PostTitles.GENERIC.matcher(candidate).find();
        boolean curGeneric = PostTitles.GENERIC.matcher(current).find();
        if (candGeneric != curGeneric) {
            return !candGeneric;
        }
        return candidate.length() > current.length();
    }

    private static List<String> roles(String text, String name, List<Mention> mentions) {
        Set<String> roles = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (!m.name().equals(name)) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
            int clauseEnd = indexOfAny(after, "。；\n");
            String clause = clauseEnd >= 0 ? after.substring(0, clauseEnd) : after;
            if (clause.contains("主持")) {
                roles.add("host");
            }
            if (SPEAKS.matcher(clause).find()) {
                roles.add("speaker");
            }
            if (ATTENDS.matcher(clause).find()) {
                roles.add("attendee");
            }
        }
        if (roles.isEmpty()) {
            roles.add("mentioned");
        }
        return new ArrayList<>(roles);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Test access: the name that starts at {@code at}, or null. */
    static String nameAt(String text, int at) {
        return new PersonNameFinder(text).nameAt(at);
    }
}
