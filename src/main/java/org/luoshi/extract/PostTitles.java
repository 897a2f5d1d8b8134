package org.luoshi.extract;

import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.nlp.LeadCharPattern;
import org.luoshi.nlp.SuffixTrie;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The grammar of post titles (ANNOTATION.md, Officials: "posts are open-ended"). A post is an optional place
 * ({@code 团风}, {@code 江苏}) before organs ({@code 县委}, {@code 统战部}, {@code 总工会}, or a sector stem and an organ
 * suffix such as {@code 应急管理局}, {@code 消防救援大队}), then a head ({@code 副书记}, {@code 部长}, {@code 第一书记},
 * {@code 大队长}); a title is posts joined by {@code 、} or {@code ，} ({@code 区委副书记，区政府区长}). Titles are
 * read backwards from where their head ends, through tries of the lexicons ({@code post-heads.txt},
 * {@code post-organs.txt}, {@code organ-stems.txt} × {@code organ-suffixes.txt}, the gazetteer's place names), the
 * longest word first: linear in the title's length. Thread-safe.
 */
final class PostTitles {
    private static final List<String> HEAD_WORDS = Lexicons.lines("post-heads.txt");
    private static final SuffixTrie HEADS = new SuffixTrie(HEAD_WORDS);
    private static final SuffixTrie ORGANS = new SuffixTrie(organs());
    private static final SuffixTrie PLACES = new SuffixTrie(Gazetteer.get().titlePlaceNames());
    /** Any head: where a title may end. */
    static final LeadCharPattern HEAD_ONLY = LeadCharPattern.compile("(?:" + Lexicons.alternation(HEAD_WORDS) + ")");
    /** Heads that name a post on their own, without an organ before them. */
    static final Pattern SPECIFIC_HEAD = Pattern.compile("(常务)?副?([省市县区镇乡州盟旗]长|总理|总书记|国务委员)");
    /** Heads that can follow a name as its post (郑建华副县长, 吴萍局长, 王建正副省长); not 领导, 成员, 委员. */
    static final LeadCharPattern HEAD_AFTER_NAME = LeadCharPattern.compile(
            "(常务|专职)?副?([省市县区镇乡州盟旗]长|总理|总书记|书记|局长|部长|厅长|主任|主席|大队长|支队长|秘书长|院长|检察长|政委|指挥长)");
    /** The heads a short reference uses (冉县长, 张书记), as the titles they stand for contain them. */
    static final LeadCharPattern SHORT_HEAD = LeadCharPattern.compile("[省市县区镇乡州]长|书记|主任|局长|部长|主席|厅长|大队长|指挥长");
    /** Titles that only say someone leads (县领导), which a specific post named elsewhere replaces. */
    static final Pattern GENERIC = Pattern.compile("领导(干部)?$|成员$");

    private PostTitles() {
    }

    /**
     * Where the title ending at {@code end} starts: the leftmost post of the chain ending there whose first post is a
     * post on its own (it names an organ, or its head is one such as 副县长); -1 when none.
     *
     * @param floor no title starts before this offset
     */
    static int titleStart(CharSequence text, int end, int floor) {
        List<int[]> posts = new ArrayList<>();
        int pos = end;
        while (true) {
            int head = HEADS.longestEndingAt(text, pos, floor);
            if (head == 0) {
                break;
            }
            int headStart = pos - head;
            int start = unitStart(text, headStart, floor);
            boolean organ = start >= 0;
            if (!organ) {
                start = headStart;
            }
            posts.add(new int[] {start, headStart, pos, organ ? 1 : 0});
            if (start - 1 >= floor && (text.charAt(start - 1) == '、' || text.charAt(start - 1) == '，')) {
                pos = start - 1;
            } else {
                break;
            }
        }
        for (int i = posts.size() - 1; i >= 0; i--) {
            int[] p = posts.get(i);
            String head = text.subSequence(p[1], p[2]).toString();
            if (p[3] == 1 || SPECIFIC_HEAD.matcher(head).lookingAt() || head.startsWith("副") || head.startsWith("常务")) {
                return p[0];
            }
        }
        return -1;
    }

    /** Where a unit (a place and organs: 县应急管理局, 团风县委) ending at {@code end} starts, or -1 when no organ ends there. */
    static int unitStart(CharSequence text, int end, int floor) {
        int p = end;
        int organ;
        while ((organ = ORGANS.longestEndingAt(text, p, floor)) > 0) {
            p -= organ;
        }
        if (p == end) {
            return -1;
        }
        return p - PLACES.longestEndingAt(text, p, floor);
    }

    /** Whether {@code text[start, end)} is one post (a place, organs and a head), as between two officials' names. */
    static boolean isPost(CharSequence text, int start, int end) {
        int head = HEADS.longestEndingAt(text, end, start);
        if (head == 0) {
            return false;
        }
        if (end - head == start) {
            return true;
        }
        return unitStart(text, end - head, start) == start;
    }

    /** Organs as listed, and every sector stem joined to every organ suffix (应急管理 + 局). */
    private static List<String> organs() {
        List<String> out = new ArrayList<>(Lexicons.lines("post-organs.txt"));
        for (String stem : Lexicons.lines("organ-stems.txt")) {
            for (String suffix : Lexicons.lines("organ-suffixes.txt")) {
                out.add(stem + suffix);
            }
        }
        return out;
    }
}
