package org.luoshi.extract;

import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.model.Official;
import org.luoshi.nlp.ChineseChars;
import org.luoshi.nlp.LeadCharPattern;
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
 * Finds named officials: a post title written before a name ({@code 县委副书记、县长林春元}), names sharing a title
 * in a list ({@code 副市长郭尚礼、卫再学}), national leaders named before their post ({@code 习近平总书记}) and named
 * people shown acting in a role with no post ({@code 张国清主持会议}). A name is 2–4 Han characters starting with
 * a surname and ending where a word that follows names begins. Each name keeps its fullest specific title.
 */
public final class OfficialExtractor {
    private static final Set<String> SURNAMES = surnames();
    private static final List<String> STOPS = Lexicons.lines("name-stops.txt");
    private static final String ORG = "(?:" + Lexicons.alternation(Lexicons.lines("post-organs.txt")) + ")";
    private static final String HEAD = "(?:" + Lexicons.alternation(Lexicons.lines("post-heads.txt")) + ")";
    /** Heads that name a post on their own, without an organ before them. */
    private static final Pattern SPECIFIC_HEAD = Pattern.compile("[省市县区镇乡州]长|总理|总书记|国务委员|副总理");
    /** A place name written before an organ (江苏省委, 银川市委, 宁夏回族自治区党委). */
    private static final String PLACE = "(?:" + Lexicons.alternation(Gazetteer.get().titlePlaceNames()) + ")";
    private static final LeadCharPattern HEAD_ONLY = LeadCharPattern.compile(HEAD);
    private static final int TITLE_WINDOW = 48;
    private static final Pattern FIRST_TITLE_UNIT = Pattern.compile(PLACE + "?" + ORG + "+" + HEAD);
    private static final Pattern TITLE = Pattern.compile(
            "(?:" + PLACE + "?" + ORG + "*" + HEAD + ")(?:[、，]" + PLACE + "?" + ORG + "*" + HEAD + ")*");
    private static final Pattern LEADER_AFTER_NAME = Pattern.compile("(?<!副)(总书记|总理)");
    private static final Pattern ROLE_LIST = Pattern.compile("(?:^|[，。；：\\n])([\\p{IsHan}、]{2,30}?)(出席|主持|参加)");
    private static final Pattern GENERIC = Pattern.compile("领导(干部)?$");
    private static final int COMMON_WORD = 20;
    private static final List<String> SPEAKING_VERBS = List.of("指出", "强调", "要求", "表示", "主持", "出席", "讲话", "在会上");

    /** A name found in the text with the title written next to it (null when none) and where it stands. */
    public record Mention(String name, String title, int start, int end) {
    }

    public record Result(List<Official> officials, List<Mention> mentions) {
    }

    public Result extract(String text, String docLevel, PlaceholderSpans excluded) {
        List<Mention> mentions = new ArrayList<>();
        titledNames(text, excluded, mentions);
        leadersBeforeTitle(text, excluded, mentions);
        namedInRole(text, excluded, mentions);
        Map<String, String> titles = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String best = titles.get(m.name());
            if (!titles.containsKey(m.name()) || better(m.title(), best)) {
                titles.put(m.name(), m.title());
            }
        }
        List<Mention> all = new ArrayList<>(mentions);
        for (String name : titles.keySet()) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                int at = i;
                if (all.stream().noneMatch(m -> m.start() <= at && at < m.end())) {
                    all.add(new Mention(name, null, i, i + name.length()));
                }
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Official> officials = new ArrayList<>();
        for (Map.Entry<String, String> e : titles.entrySet()) {
            String level = OfficialLevels.fromTitle(e.getValue(), docLevel);
            officials.add(new Official(e.getKey(), e.getValue(), level, roles(text, e.getKey(), all)));
        }
        return new Result(officials, all);
    }

    /**
     * Titles end in a post head, so the (large) title pattern is only tried in a short window before each head
     * the cheap head pattern finds; the title is the longest match that ends at that head.
     */
    private void titledNames(String text, PlaceholderSpans excluded, List<Mention> out) {
        LeadCharPattern.Finder heads = HEAD_ONLY.matcher(text);
        Matcher m = TITLE.matcher(text);
        int consumed = 0;
        while (heads.find()) {
            int headEnd = heads.end();
            if (headEnd <= consumed) {
                continue;
            }
            // A name must follow the head; most heads in running text have none, and the title search is the
            // costly part, so it is only made when there is a name to give the title to.
            int at = headEnd;
            String name = nameAt(text, at);
            if (name == null || excluded.overlaps(at, at + name.length())) {
                continue;
            }
            String title = null;
            for (int start = Math.max(consumed, heads.start() - TITLE_WINDOW); start <= heads.start() && title == null; start++) {
                m.region(start, headEnd);
                if (m.lookingAt() && m.end() == headEnd && hasOrganOrSpecificHead(m.group())) {
                    title = m.group();
                }
            }
            if (title == null) {
                continue;
            }
            out.add(new Mention(name, title, at, at + name.length()));
            at += name.length();
            while (at < text.length() && text.charAt(at) == '、') {
                String next = nameAt(text, at + 1);
                if (next == null || excluded.overlaps(at + 1, at + 1 + next.length())) {
                    break;
                }
                out.add(new Mention(next, title, at + 1, at + 1 + next.length()));
                at += 1 + next.length();
            }
            consumed = at;
        }
    }

    private void leadersBeforeTitle(String text, PlaceholderSpans excluded, List<Mention> out) {
        Matcher m = LEADER_AFTER_NAME.matcher(text);
        while (m.find()) {
            for (int len = 3; len >= 2; len--) {
                int start = m.start() - len;
                if (start < 0) {
                    continue;
                }
                String name = text.substring(start, m.start());
                if (isNameShape(name) && !excluded.overlaps(start, m.start())
                        && PersonNames.isPersonName(name, m.group())) {
                    out.add(new Mention(name, m.group(), start, m.start()));
                    break;
                }
            }
        }
    }

    private void namedInRole(String text, PlaceholderSpans excluded, List<Mention> out) {
        if (!text.contains("出席") && !text.contains("主持") && !text.contains("参加")) {
            return; // ROLE_LIST ends in one of these; without them it would try every clause start for nothing
        }
        Matcher m = ROLE_LIST.matcher(text);
        while (m.find()) {
            String[] names = m.group(1).split("、");
            int at = m.start(1);
            List<Mention> found = new ArrayList<>();
            for (String n : names) {
                if (!isNameShape(n) || !PersonNames.isPersonName(n, m.group(2))) {
                    found.clear();
                    break;
                }
                found.add(new Mention(n, null, at, at + n.length()));
                at += n.length() + 1;
            }
            for (Mention f : found) {
                boolean covered = out.stream().anyMatch(o -> o.start() <= f.start() && f.start() < o.end());
                if (!covered && !excluded.overlaps(f.start(), f.end())) {
                    out.add(f);
                }
            }
        }
    }

    /** The name that starts at {@code at}: 2–4 Han characters from a surname up to a word that follows names. */
    static String nameAt(String text, int at) {
        for (int len = 2; len <= 4 && at + len <= text.length(); len++) {
            String cand = text.substring(at, at + len);
            if (!isNameShape(cand)) {
                return null;
            }
            int end = at + len;
            boolean stop = false;
            for (String w : STOPS) {
                if (text.startsWith(w, end)) {
                    stop = true;
                    break;
                }
            }
            // Before a word that follows names the shape suffices; before punctuation the name must also read as one.
            if (stop) {
                return cand;
            }
            if (end == text.length() || !ChineseChars.isHan(text.charAt(end))) {
                return plausibleName(cand, text, end) ? cand : null;
            }
        }
        String head = text.substring(at, Math.min(text.length(), at + 4));
        for (int len = 3; len >= 2; len--) {
            if (head.length() >= len && isNameShape(head.substring(0, len))
                    && PersonNames.isPersonName(head.substring(0, len), text.substring(at + len, Math.min(text.length(), at + len + 4)))) {
                return head.substring(0, len);
            }
        }
        return null;
    }

    /**
     * A candidate whose first two characters make a common word (关怀牵挂, 高度重视) is a name only when HanLP also
     * reads it as a person's name; otherwise it is taken at its shape.
     */
    private static boolean plausibleName(String cand, String text, int end) {
        String head = cand.substring(0, 2);
        boolean wordy = Lexicon.get().isWord(head) && Lexicon.get().frequency(head) >= COMMON_WORD;
        if (!wordy) {
            return true;
        }
        for (int i = text.indexOf(cand); i >= 0; i = text.indexOf(cand, i + 1)) {
            for (String verb : SPEAKING_VERBS) {
                if (text.startsWith(verb, i + cand.length())) {
                    return true;
                }
            }
        }
        return PersonNames.isPersonName(cand, text.substring(end, Math.min(text.length(), end + 4)));
    }

    static boolean isNameShape(String s) {
        if (s.length() < 2 || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!ChineseChars.isHan(s.charAt(i))) {
                return false;
            }
        }
        return SURNAMES.contains(s.substring(0, 1)) || SURNAMES.contains(s.substring(0, 2));
    }

    private static boolean hasOrganOrSpecificHead(String title) {
        String first = title.split("[、，]")[0];
        return FIRST_TITLE_UNIT.matcher(first).matches() || SPECIFIC_HEAD.matcher(first).lookingAt()
                || first.startsWith("副") || first.startsWith("常务");
    }

    /** A specific title beats a generic one (县领导); among equals the longer (fuller) one wins. */
    private static boolean better(String candidate, String current) {
        if (candidate == null) {
            return false;
        }
        if (current == null) {
            return true;
        }
        boolean candGeneric = GENERIC.matcher(candidate).find();
        boolean curGeneric = GENERIC.matcher(current).find();
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
            if (clause.matches(".*(指出|强调|要求|讲话|表示|批示|指示|部署).*")) {
                roles.add("speaker");
            }
            if (clause.matches(".*(出席|参加|到会|参会).*")) {
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

    private static Set<String> surnames() {
        Set<String> out = new java.util.HashSet<>();
        for (String line : Lexicons.lines("surnames.txt")) {
            for (int i = 0; i < line.length(); i++) {
                out.add(String.valueOf(line.charAt(i)));
            }
        }
        out.addAll(List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐"));
        return out;
    }
}
