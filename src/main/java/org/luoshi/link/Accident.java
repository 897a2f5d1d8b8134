package org.luoshi.link;

import org.luoshi.gazetteer.Division;
import org.luoshi.gazetteer.Gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An accident as texts name it: the places named with it (GB/T 2260 codes: {@code 江苏昆山} → 32, 320583), its kind
 * ({@code 爆炸}, {@code 火灾}, {@code 坍塌} …, one family each) and the month and day of its code ({@code “8·12”}) or
 * of the date written with it; each part may be missing. An instruction or a report that names an accident refers to
 * the national item about the same accident: {@link #matches} compares two descriptions.
 */
public record Accident(List<String> places, String kind, Integer month, Integer day) implements java.io.Serializable {
    /** The family of an accident named only as 事故: it agrees with every kind. */
    private static final String ANY = "事故";
    /** Kinds of accident, each word mapped to its family. */
    private static final String[][] KINDS = {
            {"爆燃", "爆炸"}, {"爆炸", "爆炸"}, {"燃爆", "爆炸"}, {"火灾", "火灾"}, {"大火", "火灾"}, {"着火", "火灾"},
            {"坍塌", "坍塌"}, {"倒塌", "坍塌"}, {"垮塌", "坍塌"}, {"透水", "透水"}, {"瓦斯", "爆炸"}, {"泄漏", "泄漏"},
            {"中毒", "中毒"}, {"窒息", "中毒"}, {"踩踏", "踩踏"}, {"倾覆", "倾覆"}, {"翻沉", "倾覆"}, {"沉船", "倾覆"},
            {"交通事故", "交通"}, {"车祸", "交通"}, {"滑坡", "滑坡"}, {"泥石流", "滑坡"}, {"溃坝", "溃坝"}, {"事故", ANY}};

    private static final Pattern KIND = Pattern.compile("爆燃|爆炸|燃爆|火灾|大火|着火|坍塌|倒塌|垮塌|透水|瓦斯|泄漏|中毒|窒息|踩踏|倾覆|翻沉|沉船|交通事故|车祸|滑坡|泥石流|溃坝|事故");
    /** The code of an accident: “8·12”, 11·24, “6.3”. */
    private static final Pattern CODE = Pattern.compile("[“\"]?(\\d{1,2})\\s*[·•.．・]\\s*(\\d{1,2})[”\"]?");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");
    /** How far before its kind word an accident's places, code and date may be written. */
    private static final int REACH = 40;

    public Accident {
        places = List.copyOf(places);
    }

    /** The accidents a text names: each kind word with what stands before it in its sentence. */
    public static List<Accident> find(String text) {
        List<Accident> out = new ArrayList<>();
        Matcher k = KIND.matcher(text);
        int last = -1;
        while (k.find()) {
            if (k.start() < last) {
                continue;
            }
            int from = Math.max(0, k.start() - REACH);
            for (int i = k.start() - 1; i >= from; i--) {
                if ("。；！？\n".indexOf(text.charAt(i)) >= 0) {
                    from = i + 1;
                    break;
                }
            }
            String window = text.substring(from, k.end());
            Integer month = null;
            Integer day = null;
            Matcher c = CODE.matcher(window);
            Matcher d = DATE.matcher(window);
            if (c.find()) {
                month = Integer.valueOf(c.group(1));
                day = Integer.valueOf(c.group(2));
            } else if (d.find()) {
                month = Integer.valueOf(d.group(1));
                day = Integer.valueOf(d.group(2));
            }
            if (month != null && (month < 1 || month > 12 || day < 1 || day > 31)) {
                month = null;
                day = null;
            }
            out.add(new Accident(places(window), family(k.group()), month, day));
            last = k.end();
        }
        return out;
    }

    /** The codes of the places in a stretch of text: full names and short forms, and counties by their stem (昆山). */
    static List<String> places(String window) {
        Gazetteer g = Gazetteer.get();
        Set<String> codes = new LinkedHashSet<>();
        for (Gazetteer.Mention m : g.find(window)) {
            if (m.divisions().size() <= 3) {
                m.divisions().forEach(d -> codes.add(d.code()));
            }
        }
        for (int i = 0; i + 2 <= window.length(); i++) {
            for (int len = 3; len >= 2; len--) {
                if (i + len > window.length()) {
                    continue;
                }
                List<Division> ds = g.countiesByShortName(window.substring(i, i + len));
                if (!ds.isEmpty() && ds.size() <= 2) {
                    ds.forEach(d -> codes.add(d.code()));
                    break;
                }
            }
        }
        return new ArrayList<>(codes);
    }

    private static String family(String word) {
        for (String[] k : KINDS) {
            if (k[0].equals(word)) {
                return k[1];
            }
        }
        return word;
    }

    /**
     * How well this accident and {@code other} are the same one: 0 unless their kinds agree; then places that lie one
     * within the other and the same month and day (or days of {@code slack} apart) count.
     *
     * @return 0 (different) to 1 (kind, place and day agree)
     */
    public double matches(Accident other, int slack) {
        if (!kind.equals(other.kind) && !kind.equals(ANY) && !other.kind.equals(ANY)) {
            return 0;
        }
        boolean place = places.stream().anyMatch(a -> other.places.stream().anyMatch(b -> a.startsWith(b) || b.startsWith(a)));
        boolean date = month != null && other.month != null && Math.abs(dayOfYear(this) - dayOfYear(other)) <= slack;
        if (!place && !date) {
            return 0;
        }
        return (place ? 0.5 : 0) + (date ? 0.5 : 0);
    }

    private static int dayOfYear(Accident a) {
        return java.time.LocalDate.of(2001, a.month, Math.min(a.day, java.time.YearMonth.of(2001, a.month).lengthOfMonth())).getDayOfYear();
    }
}
