package org.luoshi.extract;

import org.luoshi.gazetteer.Division;
import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.model.Level;
import org.luoshi.model.Region;
import org.luoshi.nlp.LeadCharPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The unit that held the meeting or issued the text: its level and its region as a path of GB/T 2260 divisions
 * (ANNOTATION.md, Document fields). Evidence, strongest first:
 * <ol>
 *   <li>the issuer of an official document (signature or title: {@code 韶关市安委办}, {@code 安远县人民政府});</li>
 *   <li>a named host in the lead ({@code 义乌市召开全市…会议}, {@code 嵊州市甘霖镇召开}, {@code 在临泽县分会场收听收看},
 *       {@code 会后，临泽县紧接着召开}) — a national host wins over it only when the text relays nothing;</li>
 *   <li>self-references and local hosts ({@code 我县}, {@code 县委…召开}, {@code 全县…会议}) against national hosts,
 *       then votes of {@code 全X}/{@code X委}/{@code X长} over the whole text.</li>
 * </ol>
 * The region of a level known only from such cues is the division of that level best supported by the places named
 * (the lead counts double; an official's name is never a place), the outlet ({@code 云上英山}, {@code 石狮日报}), set
 * phrases ({@code 平安长丰}) and subordinate units named together ({@code 零陵区、东安县} → 永州市); a county-level city
 * found for {@code 全市} makes the level county. Thread-safe.
 */
final class UnitFinder {
    static final int LEAD = 300;
    /** The words every match of {@link #NATIONAL_HOST} starts with (checked against it by UnitFinderHeadsTest). */
    static final List<String> NATIONAL_HOST_HEADS = List.of("国务院", "中共中央", "党中央", "中央办公厅", "全国", "应急管理部",
            "习近平", "李克强", "李强", "总书记", "总理", "中央纪委", "国家监委", "经中共中央", "经党中央");
    /** A national body or leader as the one who holds, issues or instructs. */
    static final LeadCharPattern NATIONAL_HOST = LeadCharPattern.compile(
            "^(国务院|中共中央|党中央|中央办公厅|全国)|(国务院|国务院安委会|国务院安委办|国务院安委会办公室|中共中央办公厅|国务院办公厅|应急管理部)[^，。]{0,12}(召开|举行|印发|下发|发布|部署|发出|批复|公布|启动|组织)"
            + "|(习近平|李克强|李强|总书记|总理)[^，。]{0,30}(作出|做出)[^，。]{0,6}(批示|指示)|(习近平|李克强|李强)[^，。]{0,12}(强调|指出|签署|主持)"
            + "|全国[^，。]{0,12}会议[^，。]{0,6}(召开|举行)|中央纪委|国家监委|经(中共中央|党中央)批准|国务院(事故)?调查组",
            NATIONAL_HOST_HEADS);
    /** A local body as the one who holds or issues: 省安委会办公室下发通知, 鲤城区召开全区…会议. */
    private static final LeadCharPattern LOCAL_HOST = LeadCharPattern.compile(
            "(?<u1>省|市|县|区|镇|乡|街道)(委|党委|党工委|政府|办事处|安委会|安委办|安委会办公室|人大|政协|应急管理局|应急管理厅|安全生产[^，。]{0,10}(领导小组|委员会))[^，。]{0,12}(召开|举行|下发|印发|发布|部署|通知)"
            + "|全(?<u2>省|市|县|区|镇|乡|街道)[^，。]{0,24}(会议|工作会)",
            List.of("省", "市", "县", "区", "镇", "乡", "街道", "全"));
    private static final LeadCharPattern SELF = LeadCharPattern.compile("我(省|市|县|区|镇|乡|街道)");
    private static final LeadCharPattern WHOLE = LeadCharPattern.compile(
            "全(省|市|县|区|镇|乡|街道)|(省|市|县|区|镇|乡)(委书记|长|政府|委)|(街道)(党工委|办事处)");
    /** Cues that the text reports a higher meeting relayed or listened to, not held. */
    private static final Pattern RELAY = Pattern.compile("收听收看|收视收看|组织收看|分会场|会后|会议结束后|相继召开|紧接着|随即召开|随后召开");
    /** What follows a unit that holds the meeting: an organ or a few words, then the verb. */
    private static final Pattern HOSTS = Pattern.compile("^[^，。；：、\\n“”]{0,12}?(召开|举行|举办|组织召开)(?!的)[^，。；\\n]{0,30}");
    /** What a host holds: a meeting of some kind (全县安全生产工作会议, 推进会, 常委会), not a forum or a rite. */
    private static final Pattern MEETING = Pattern.compile("会|座谈|部署");
    private static final Pattern BRANCH_VENUE = Pattern.compile("^(分会场|主会场)");
    /** Words without which no place of the lead is a named host ({@link #HOSTS}, {@link #BRANCH_VENUE}, {@link #LISTENS}). */
    private static final Pattern HOST_WORDS = Pattern.compile("召开|举行|举办|会场|收看|局|政府|党委|党工委|办事处|安委|大队|支队|中队|街道|镇|乡|苏木");
    /**
     * A unit, or its organ, that acts, as a report of work names its writer ({@code 红旗区应急管理局迅速行动},
     * {@code 某县应急局组织开展…}, {@code 车城路街道立即在辖区开展了…}): ANNOTATION.md, Document fields, and the reports of
     * work done (a district's bureau is the district).
     */
    private static final Pattern ORGAN_ACTS = Pattern.compile(
            "^(人民政府|政府|党委|党工委|街道办事处|办事处|安委会|安委办|[^，。；、：\\s“”]{1,8}?(局|分局|大队|支队|中队))?"
                    + "[^，。；、：\\n]{0,6}?(迅速行动|立即行动|扎实开展|组织开展|开展|部署|推进)");
    /** How far past a place of the lead its host words may reach (a name running over the lead's end, then 30). */
    private static final int HOST_REACH = 40;
    /** A unit that listens at its own venue: 红安县在县分会场组织收听收看, 临泽县设分会场. */
    private static final Pattern LISTENS = Pattern.compile("^[^，。；：、\\n]{0,10}?(收听收看|收视收看|组织收看|设分会场|设立分会场)");
    /** What follows a unit named as a subordinate: it reports, pledges or sends its head. */
    private static final Pattern SUBORDINATE = Pattern.compile("^[^，。；]{0,4}(汇报|作表态发言|表态发言|作交流发言|交流发言|负责同志|负责人|主要负责|分别)");
    /** A set phrase with a place written without its suffix: 平安长丰, 美丽乡村 is none. */
    private static final LeadCharPattern SET_PHRASE = LeadCharPattern.compile("(平安|美丽|幸福|法治|文明|健康|智慧|数字|生态|活力|魅力|大美|品质|和谐|宜居|韧性|清廉|实力)");
    /** The four municipalities: province-level, so their 全市 is a province's (ANNOTATION.md, Document fields). */
    private static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("北京市", "天津市", "上海市", "重庆市");
    /** What follows a place where an accident happened: its code or a few words, then the kind of accident. */
    private static final Pattern ACCIDENT_AFTER = Pattern.compile(
            "^[^，。；：\\n]{0,30}?(“?\\d{1,2}[·.．]\\d{1,2}”?[^，。；\\n]{0,20}?)?(事故|火灾|爆炸|爆燃|坍塌|倒塌|透水|泄漏)");
    private static final Pattern NATIONAL_ISSUER = Pattern.compile("^(国务院|中共中央|党中央|中央|全国|国家|应急管理部|公安部|交通运输部|住房和城乡建设部)");
    private static final Pattern ISSUER_UNIT = Pattern.compile("^(省|市|州|盟|县|旗|区|镇|乡|街道)");

    /** A unit found: its level (null when unknown) and region. */
    record Found(Level level, Region region) {
    }

    /**
     * @param text      the normalized text
     * @param bodyStart where the body starts (after the headline)
     * @param title     the headline or null
     * @param excluded  spans no place may be read from (officials' names, placeholders), UTF-16 offsets
     * @param outlet    the outlet's name (来源, {@code X讯}) or null
     * @param layout    the official-document layout
     * @param anonymized whether the text is an anonymized template (placeholders): no township is placed
     */
    Found find(String text, int bodyStart, String title, List<int[]> excluded, String outlet, DocumentLayout layout,
               boolean anonymized) {
        Lazy ev = new Lazy(text, excluded, bodyStart, outlet);
        if (layout.official() && layout.issuer() != null) {
            Found issued = issuer(layout.issuer(), ev);
            if (issued != null) {
                return issued;
            }
        }
        String body = text.substring(bodyStart);
        String lead = body.substring(0, Math.min(body.length(), LEAD));
        NationalCues national = NationalCues.of(title, lead);
        if ((!national.any() || RELAY.matcher(lead).find())
                && HOST_WORDS.matcher(text.substring(0, Math.min(text.length(), bodyStart + LEAD + HOST_REACH))).find()) {
            Gazetteer.Mention host = namedHost(text, bodyStart, ev.leadMentions());
            if (host != null) {
                return found(ev.get().choose(host.divisions()), ev.get());
            }
        }
        Level cue = levelCue(body, national);
        if (cue == null) {
            return new Found(null, Region.UNKNOWN);
        }
        if (cue == Level.NATIONAL) {
            return new Found(Level.NATIONAL, Region.UNKNOWN);
        }
        if (cue == Level.TOWNSHIP && anonymized) {
            return new Found(cue, Region.UNKNOWN);
        }
        return ev.get().resolve(cue);
    }

    /** The evidence of a text, gathered only when a decision needs it (a national text needs none). */
    private static final class Lazy {
        private final String text;
        private final List<int[]> excluded;
        private final int bodyStart;
        private final String outlet;
        private Evidence evidence;

        Lazy(String text, List<int[]> excluded, int bodyStart, String outlet) {
            this.text = text;
            this.excluded = excluded;
            this.bodyStart = bodyStart;
            this.outlet = outlet;
        }

        Evidence get() {
            if (evidence == null) {
                evidence = new Evidence(text, places(text), bodyStart, outlet);
            }
            return evidence;
        }

        /**
         * The places named up to a little past the lead, as {@link #get()} would list them there: what
         * {@link #namedHost} reads, without the whole text's gazetteer search (a text with no named host often needs
         * none). The margin covers a name running over the lead's end and the one after it.
         */
        List<Gazetteer.Mention> leadMentions() {
            if (evidence != null) {
                return evidence.mentions;
            }
            int end = bodyStart + LEAD + HOST_REACH;
            // A short text is searched whole: the rest would most often be searched again for the region.
            return 2 * end >= text.length() ? get().mentions : places(text.substring(0, end));
        }

        private List<Gazetteer.Mention> places(String part) {
            List<Gazetteer.Mention> mentions = new ArrayList<>();
            for (Gazetteer.Mention m : Gazetteer.get().find(part)) {
                if (!overlaps(excluded, m.start(), m.end()) && !namesAnAccident(text, m)) {
                    mentions.add(m);
                }
            }
            return mentions;
        }
    }

    private static Found found(Division d, Evidence ev) {
        Gazetteer g = Gazetteer.get();
        return new Found(d.level(), new Region(g.path(d), d.code(), ev.ambiguous(d)));
    }

    /** The unit of an issuing organ: the most specific place it names, else the level its organ implies. */
    private static Found issuer(String issuer, Lazy ev) {
        if (NATIONAL_ISSUER.matcher(issuer).find()) {
            return new Found(Level.NATIONAL, Region.UNKNOWN);
        }
        List<Gazetteer.Mention> named = Gazetteer.get().find(issuer);
        if (!named.isEmpty()) {
            Division d = ev.get().choose(named.get(named.size() - 1).divisions());
            return found(d, ev.get());
        }
        java.util.regex.Matcher m = ISSUER_UNIT.matcher(issuer);
        if (m.find()) {
            return ev.get().resolve(levelOf(m.group(1)));
        }
        return null;
    }

    /**
     * The first place named as the one that holds the meeting, listens at a branch venue (in the lead) or whose organ
     * acts (in the title or the lead: 红旗区应急管理局迅速行动).
     *
     * @param ms the places named in the text, in text order, at least up to a little past the lead
     */
    private static Gazetteer.Mention namedHost(String text, int bodyStart, List<Gazetteer.Mention> ms) {
        int leadEnd = Math.min(text.length(), bodyStart + LEAD);
        for (int k = 0; k < ms.size(); k++) {
            Gazetteer.Mention m = ms.get(k);
            if (m.start() < bodyStart) {
                if (acts(text, ms, k)) {
                    return m; // the title names the unit whose organ acts: 红旗区应急管理局扎实开展…
                }
                continue;
            }
            if (m.start() >= leadEnd) {
                break;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
            String before = text.substring(Math.max(0, m.start() - 1), m.start());
            boolean branch = (before.equals("在") && BRANCH_VENUE.matcher(after).lookingAt())
                    || (LISTENS.matcher(after).lookingAt() && !before.equals("、"));
            java.util.regex.Matcher h = HOSTS.matcher(after);
            boolean holds = h.lookingAt() && MEETING.matcher(h.group()).find() && !before.equals("在") && !before.equals("、") && !before.equals("赴")
                    && (k + 1 >= ms.size() || ms.get(k + 1).start() >= m.end() + h.start(1));
            if (branch || holds || acts(text, ms, k)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether the k-th place is named as the unit that acts, or whose organ acts ({@link #ORGAN_ACTS}), not where or on
     * whom; no further place is named before the action (河北省石家庄市公安局: the city's, not the province's).
     */
    private static boolean acts(String text, List<Gazetteer.Mention> ms, int k) {
        Gazetteer.Mention m = ms.get(k);
        String before = m.start() == 0 ? "" : text.substring(m.start() - 1, m.start());
        if (before.equals("在") || before.equals("、") || before.equals("赴") || before.equals("对")) {
            return false;
        }
        java.util.regex.Matcher a = ORGAN_ACTS.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24)));
        if (!a.lookingAt()) {
            return false;
        }
        if (a.start(1) < 0 && m.divisions().stream().noneMatch(d -> d.level() == Level.TOWNSHIP && d.name().equals(m.form()))) {
            return false; // without an organ only a street, town or township named in full acts itself (车城路街道立即…开展)
        }
        return k + 1 >= ms.size() || ms.get(k + 1).start() >= m.end() + a.start(3);
    }

    /**
     * Where a national body or leader holds, issues or instructs: in the title, and the first such place in the lead
     * (-1 when none). Read once per text: the pattern is the costliest of the lead's.
     */
    record NationalCues(boolean inTitle, int inLead) {
        static NationalCues of(String title, String lead) {
            LeadCharPattern.Finder f = NATIONAL_HOST.matcher(lead);
            return new NationalCues(title != null && NATIONAL_HOST.matcher(title).find(), f.find() ? f.start() : -1);
        }

        boolean any() {
            return inTitle || inLead >= 0;
        }
    }

    /** The level the text's cues give, as before the gazetteer: self-references, local vs national hosts, votes. */
    static Level levelCue(String title, String body) {
        return levelCue(body, NationalCues.of(title, body.substring(0, Math.min(body.length(), LEAD))));
    }

    private static Level levelCue(String body, NationalCues national) {
        String lead = body.substring(0, Math.min(body.length(), LEAD));
        LeadCharPattern.Finder self = SELF.matcher(lead);
        if (self.find()) {
            return levelOf(self.group(1));
        }
        LeadCharPattern.Finder local = LOCAL_HOST.matcher(lead);
        if (local.find() && !national.inTitle() && (national.inLead() < 0 || local.start() < national.inLead())) {
            return levelOf(local.group("u1") != null ? local.group("u1") : local.group("u2"));
        }
        if (national.any()) {
            return Level.NATIONAL;
        }
        Map<Level, Integer> votes = new LinkedHashMap<>();
        LeadCharPattern.Finder w = WHOLE.matcher(body);
        while (w.find()) {
            String unit = w.group(1) != null ? w.group(1) : w.group(2) != null ? w.group(2) : w.group(4);
            votes.merge(levelOf(unit), w.start() < LEAD ? 3 : 1, Integer::sum);
        }
        LeadCharPattern.Finder s2 = SELF.matcher(body);
        while (s2.find()) {
            votes.merge(levelOf(s2.group(1)), 3, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static Level levelOf(String unit) {
        return switch (unit) {
            case "省" -> Level.PROVINCE;
            case "市", "州", "盟" -> Level.CITY;
            case "县", "旗" -> Level.COUNTY;
            case "区" -> Level.DISTRICT;
            default -> Level.TOWNSHIP;
        };
    }

    /**
     * Whether a place is named as where an accident happened ({@code 天津港“8·12”…爆炸事故发生后，我区…}): that is what
     * the text reacts to, not who writes it.
     */
    private static boolean namesAnAccident(String text, Gazetteer.Mention m) {
        return ACCIDENT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).lookingAt();
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (s[0] < end && start < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Support for each division from the places named, the outlet, set phrases and subordinate units. */
    private static final class Evidence {
        private final String text;
        private final List<Gazetteer.Mention> mentions;
        private final Map<Division, Double> direct = new LinkedHashMap<>();
        private final Map<Division, Double> asParent = new HashMap<>();
        /** Where each division was first named; iterated in that order (a record holding an enum hashes differently per run). */
        private final Map<Division, Integer> firstSeen = new LinkedHashMap<>();
        private boolean setPhrasesAdded;

        Evidence(String text, List<Gazetteer.Mention> mentions, int bodyStart, String outlet) {
            this.text = text;
            this.mentions = mentions;
            Gazetteer g = Gazetteer.get();
            for (int k = 0; k < mentions.size(); k++) {
                Gazetteer.Mention m = mentions.get(k);
                double weight = (m.start() < bodyStart + LEAD ? 2.0 : 1.0) / m.divisions().size();
                boolean subordinate = isListed(text, mentions, k)
                        || SUBORDINATE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).lookingAt();
                for (Division d : m.divisions()) {
                    firstSeen.putIfAbsent(d, m.start());
                    Division parent = g.parent(d);
                    if (subordinate && parent != null) {
                        asParent.merge(parent, 2.0 * weight, Double::sum);
                        firstSeen.putIfAbsent(parent, m.start());
                    } else {
                        direct.merge(d, weight, Double::sum);
                    }
                }
            }
            if (outlet != null) {
                for (Division d : outletPlaces(outlet)) {
                    direct.merge(d, 5.0, Double::sum);
                    firstSeen.putIfAbsent(d, -1);
                }
            }
        }

        /** Counties written without their suffix in set phrases (平安长丰), added once, when a county is wanted. */
        private void addSetPhrases() {
            if (setPhrasesAdded) {
                return;
            }
            setPhrasesAdded = true;
            Gazetteer g = Gazetteer.get();
            LeadCharPattern.Finder p = SET_PHRASE.matcher(text);
            while (p.find()) {
                for (int len = 4; len >= 2; len--) {
                    if (p.end() + len > text.length()) {
                        continue;
                    }
                    List<Division> ds = g.countiesByShortName(text.substring(p.end(), p.end() + len));
                    if (!ds.isEmpty()) {
                        for (Division d : ds) {
                            direct.merge(d, 4.0 / ds.size(), Double::sum);
                            firstSeen.putIfAbsent(d, p.start());
                        }
                        break;
                    }
                }
            }
        }

        /** A county-level unit in a list of two or more joined by 、: the units under the host, not the host. */
        private static boolean isListed(String text, List<Gazetteer.Mention> ms, int k) {
            Gazetteer.Mention m = ms.get(k);
            if (m.divisions().stream().noneMatch(d -> d.level() == Level.COUNTY || d.level() == Level.DISTRICT)) {
                return false;
            }
            boolean next = k + 1 < ms.size() && ms.get(k + 1).start() == m.end() + 1 && text.charAt(m.end()) == '、';
            boolean prev = k > 0 && ms.get(k - 1).end() == m.start() - 1 && text.charAt(m.start() - 1) == '、';
            return next || prev;
        }

        /** The divisions an outlet's name contains: a full or short form, else a county's short form (云上英山). */
        private static List<Division> outletPlaces(String outlet) {
            Gazetteer g = Gazetteer.get();
            List<Gazetteer.Mention> found = g.find(outlet);
            if (!found.isEmpty()) {
                return found.get(found.size() - 1).divisions();
            }
            for (int i = 0; i < outlet.length(); i++) {
                for (int len = Math.min(4, outlet.length() - i); len >= 2; len--) {
                    List<Division> ds = g.countiesByShortName(outlet.substring(i, i + len));
                    if (!ds.isEmpty()) {
                        return ds;
                    }
                }
            }
            return List.of();
        }

        double support(Division d) {
            Gazetteer g = Gazetteer.get();
            double s = direct.getOrDefault(d, 0.0) + asParent.getOrDefault(d, 0.0);
            for (Division a = g.parent(d); a != null; a = g.parent(a)) {
                s += 0.5 * (direct.getOrDefault(a, 0.0) + asParent.getOrDefault(a, 0.0));
            }
            return s;
        }

        /** The best supported of several divisions a form stands for (ties: the first). */
        Division choose(List<Division> ds) {
            Division best = ds.get(0);
            for (Division d : ds) {
                if (support(d) > support(best)) {
                    best = d;
                }
            }
            return best;
        }

        boolean ambiguous(Division d) {
            for (Gazetteer.Mention m : mentions) {
                if (m.divisions().contains(d) && m.divisions().size() > 1) {
                    return m.divisions().stream().filter(o -> o != d).anyMatch(o -> support(o) >= support(d));
                }
            }
            return false;
        }

        /** The best supported division for a level known from cues; a broader one when none of that level is named. */
        Found resolve(Level level) {
            Gazetteer g = Gazetteer.get();
            if (level.rank() >= Level.COUNTY.rank()) {
                addSetPhrases();
            }
            if (level == Level.TOWNSHIP) {
                Division t = township();
                if (t != null) {
                    return new Found(Level.TOWNSHIP, new Region(g.path(t), t.code(), ambiguous(t)));
                }
            }
            Best best = best(d -> fits(d, level));
            if (best.division != null) {
                Division d = best.division;
                Level l = level == Level.CITY && d.level() != Level.CITY ? d.level() : level;
                return new Found(l, new Region(g.path(d), d.code(), best.tied));
            }
            List<Level> broader = switch (level) {
                case TOWNSHIP -> List.of(Level.COUNTY, Level.DISTRICT, Level.CITY);
                case COUNTY, DISTRICT -> List.of(Level.CITY);
                case CITY -> List.of(Level.PROVINCE);
                default -> List.of();
            };
            for (Level b : broader) {
                Best up = best(d -> d.level() == b);
                if (up.division != null) {
                    return new Found(level, new Region(g.path(up.division), up.division.code(), up.tied));
                }
            }
            if (level == Level.PROVINCE) {
                Best city = best(d -> d.level() == Level.CITY);
                if (city.division != null) {
                    Division province = g.parent(city.division);
                    return new Found(level, new Region(g.path(province), province.code(), city.tied));
                }
            }
            return new Found(level, Region.UNKNOWN);
        }

        /** A township named in full, or by its short form inside a county the text names; null when none or unsure. */
        private Division township() {
            Best named = best(d -> d.level() == Level.TOWNSHIP);
            if (named.division != null && !named.tied) {
                return named.division;
            }
            Gazetteer g = Gazetteer.get();
            Division county = best(d -> d.level() == Level.COUNTY || d.level() == Level.DISTRICT).division;
            if (county == null) {
                return null;
            }
            Division only = null;
            for (Division t : g.children(county.code())) {
                String stem = t.name().replaceFirst("(民族乡|街道|镇|乡|苏木)$", "");
                if (stem.length() >= 2 && g.townshipsByShortName(stem).stream().filter(o -> g.within(o, county)).count() == 1
                        && text.contains(stem)) {
                    if (only != null) {
                        return null;
                    }
                    only = t;
                }
            }
            return only;
        }

        private static boolean fits(Division d, Level level) {
            return switch (level) {
                case CITY -> d.level() == Level.CITY || (d.level() != Level.TOWNSHIP && d.level() != Level.DISTRICT
                        && d.name().endsWith("市") && (d.level() == Level.COUNTY || MUNICIPALITIES.contains(d.name())));
                case COUNTY -> d.level() == Level.COUNTY;
                default -> d.level() == level;
            };
        }

        private record Best(Division division, boolean tied) {
        }

        private Best best(java.util.function.Predicate<Division> wanted) {
            List<Division> candidates = new ArrayList<>();
            for (Division d : firstSeen.keySet()) {
                if (wanted.test(d) && support(d) > 0) {
                    candidates.add(d);
                }
            }
            if (candidates.isEmpty()) {
                return new Best(null, false);
            }
            candidates.sort(java.util.Comparator.comparingDouble((Division d) -> -support(d))
                    .thenComparingDouble(d -> -below(d))
                    .thenComparingInt(d -> firstSeen.get(d)).thenComparing(Division::code));
            Division first = candidates.get(0);
            boolean tied = candidates.size() > 1 && support(candidates.get(1)) >= support(first) - 1e-9
                    && below(candidates.get(1)) >= below(first) - 1e-9;
            return new Best(first, tied);
        }

        /**
         * The support of the places named under a division (苏州, 无锡, 昆山市 under 江苏省): it decides between
         * divisions named equally often (江苏省 and 上海市 twice each).
         */
        private double below(Division d) {
            Gazetteer g = Gazetteer.get();
            double s = 0;
            for (Map.Entry<Division, Double> e : direct.entrySet()) {
                if (e.getKey() != d && g.within(e.getKey(), d)) {
                    s += e.getValue();
                }
            }
            return s;
        }
    }
}
