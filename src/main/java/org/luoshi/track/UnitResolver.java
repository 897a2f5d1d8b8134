package org.luoshi.track;

import org.luoshi.gazetteer.Division;
import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.model.Level;
import org.luoshi.nlp.ScriptConverter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves what an office types to a unit of the gazetteer (GB/T 2260): a code of 2, 4, 6 or 9 digits, a full name
 * ({@code 运城市}), a short form ({@code 运城}, {@code 英山}, {@code 杏花}) or a Traditional one ({@code 運城}), or
 * {@code 全国}. Any unit can be asked, with or without documents of its own. Thread-safe.
 */
public final class UnitResolver {
    /** A unit asked about: its level, code (null for national), path of names and display name. */
    public record Target(Level level, String code, List<String> path, String name) {
        public static final Target NATIONAL = new Target(Level.NATIONAL, null, List.of(), "全国");

        /** Whether a unit of {@code level} and {@code code} (null: national) is above this one in its chain. */
        public boolean isBelow(Level otherLevel, String otherCode) {
            if (otherLevel == null || level == Level.NATIONAL) {
                return false;
            }
            if (otherLevel == Level.NATIONAL) {
                return true;
            }
            return otherCode != null && code != null && otherLevel.rank() < level.rank() && code.startsWith(otherCode)
                    && !code.equals(otherCode);
        }

        /** Whether a unit of {@code code} is this one or under it. */
        public boolean contains(String otherCode) {
            return level == Level.NATIONAL || (otherCode != null && code != null && otherCode.startsWith(code));
        }
    }

    /** A name or code that is no unit, or stands for several: the message names the candidates or the nearest units. */
    public static final class UnknownUnit extends IllegalArgumentException {
        public UnknownUnit(String message) {
            super(message);
        }
    }

    private UnitResolver() {
    }

    /**
     * The unit a name or code stands for.
     *
     * @throws UnknownUnit when it is none (the message suggests the nearest names) or several (the message lists them)
     */
    public static Target resolve(String asked) {
        String s = ScriptConverter.get().toSimplified(asked.strip());
        if (s.isEmpty()) {
            throw new UnknownUnit("单位名称是空的：要写单位名称（运城市、运城、運城）或 GB/T 2260 代码（1408）");
        }
        if (s.equals("全国") || s.equals("国家") || s.equalsIgnoreCase("national") || s.equals("中央")) {
            return Target.NATIONAL;
        }
        Gazetteer g = Gazetteer.get();
        if (s.matches("\\d+")) {
            Division d = s.length() == 2 || s.length() == 4 || s.length() == 6 || s.length() == 9 ? g.byCode(s) : null;
            if (d == null) {
                throw new UnknownUnit("代码「" + s + "」不是 GB/T 2260 的行政区划代码（2、4、6 或 9 位数字，如 14 山西省、1408 运城市、140802 盐湖区）");
            }
            return target(d);
        }
        Set<Division> found = new LinkedHashSet<>(g.divisions(s));
        if (found.isEmpty()) {
            found.addAll(g.countiesByShortName(s));
        }
        if (found.isEmpty()) {
            found.addAll(g.townshipsByShortName(s));
        }
        if (found.size() == 1) {
            return target(found.iterator().next());
        }
        if (found.size() > 1) {
            List<String> names = found.stream().limit(12).map(d -> String.join("", g.path(d)) + "（" + d.code() + "）").toList();
            throw new UnknownUnit("「" + asked + "」指 " + found.size() + " 个单位，请用代码或全称指明：" + String.join("、", names)
                    + (found.size() > 12 ? "…" : ""));
        }
        throw new UnknownUnit("没有叫「" + asked + "」的单位" + suggestions(s));
    }

    private static Target target(Division d) {
        Gazetteer g = Gazetteer.get();
        return new Target(d.level(), d.code(), g.path(d), String.join("/", g.path(d)));
    }

    /** The names nearest to {@code s} (edit distance), as a hint. */
    private static String suggestions(String s) {
        record Near(String name, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (String name : Gazetteer.get().names()) {
            String stem = name.length() > 2 ? name.replaceFirst("(自治县|自治州|自治区|街道|省|市|县|区|镇|乡|旗)$", "") : name;
            if (Math.abs(name.length() - s.length()) <= 2 || Math.abs(stem.length() - s.length()) <= 1) {
                int d = Math.min(distance(s, name), distance(s, stem));
                if (d <= Math.max(1, s.length() / 2)) {
                    near.add(new Near(name, d));
                }
            }
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::name));
        if (near.isEmpty()) {
            return "：要写单位名称（运城市、运城、運城）或 GB/T 2260 代码（1408）";
        }
        return "；是不是：" + String.join("、", near.stream().limit(8).map(Near::name).distinct().toList()) + "？";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
