package org.luoshi.formula;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.PhraseUses;
import org.luoshi.nlp.ScriptConverter;
import org.luoshi.resources.ResourceLines;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spread of a formula (提法) through the levels, counted from the index ({@link PhraseUses}: positions and doc
 * values): its first use, uses per year and level, the first use at each level and its lag after the first national
 * use, the units that used it and the directives that carry it. A use is a document holding the phrase, dated by its
 * publication date (a report of a meeting is dated when it appeared), else by its meeting date.
 */
public final class Formulas {
    /** The most characters a phrase may be given with (punctuation included). */
    public static final int MAX_CHARS = 100;
    /** Levels in the order they are shown, {@code unknown} last. */
    public static final List<String> LEVELS = List.of("national", "province", "city", "county", "district", "township", "unknown");

    private Formulas() {
    }

    /**
     * The characters of a phrase as they are matched ({@link PhraseUses#terms}).
     *
     * @throws IllegalArgumentException (message in Chinese) a phrase longer than {@value #MAX_CHARS} characters, with
     *     fewer than two characters to match or more than {@link PhraseUses#MAX_TERMS}
     */
    public static List<String> terms(String phrase) {
        String p = phrase == null ? "" : phrase.strip();
        if (p.length() > MAX_CHARS) {
            throw new IllegalArgumentException("提法「" + p.substring(0, 20) + "…」太长：最多 " + MAX_CHARS + " 个字符");
        }
        List<String> terms = PhraseUses.terms(p);
        if (terms.size() < 2) {
            throw new IllegalArgumentException("提法「" + p + "」至少要有两个汉字（或字母、数字）；标点和空格不计");
        }
        if (terms.size() > PhraseUses.MAX_TERMS) {
            throw new IllegalArgumentException("提法「" + p + "」太长：最多 " + PhraseUses.MAX_TERMS + " 个字");
        }
        return terms;
    }

    /** The phrase as shown: Simplified, spaces at its ends removed. */
    public static String shown(String phrase) {
        return ScriptConverter.get().toSimplified(phrase.strip());
    }

    /**
     * The report of one phrase over the index {@code s}, with at most {@code directiveLimit} directives listed.
     *
     * @throws IllegalArgumentException a phrase that is not valid ({@link #terms})
     */
    public static FormulaReport report(DirectiveSearcher s, String phrase, int directiveLimit) throws IOException {
        List<String> terms = terms(phrase);
        PhraseUses index = new PhraseUses(s);
        List<PhraseUses.Use> uses = index.documents(terms);
        PhraseUses.Directives directives = index.directives(terms, directiveLimit);
        return build(shown(phrase), String.join("", terms), uses, directives, doc -> {
            try {
                return index.sighting(doc, terms);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Where a document's title, source and sentence come from (the index, or a test). */
    interface Sightings {
        PhraseUses.Sighting of(String doc);
    }

    /** The report from the uses of a phrase; only the first uses shown (overall and per level) are looked up in {@code sightings}. */
    static FormulaReport build(String phrase, String key, List<PhraseUses.Use> all, PhraseUses.Directives directives, Sightings sightings) {
        List<PhraseUses.Use> dated = new ArrayList<>(all.stream().filter(u -> u.date() > 0).toList());
        dated.sort(ORDER);
        long undated = all.size() - dated.size();
        FormulaReport.Use first = dated.isEmpty() ? null : use(dated.get(0), sightings);

        List<FormulaReport.YearCount> years = new ArrayList<>();
        if (!dated.isEmpty()) {
            Map<Integer, Map<String, Integer>> perYear = new TreeMap<>();
            for (PhraseUses.Use u : dated) {
                perYear.computeIfAbsent(u.date() / 10_000, y -> new HashMap<>()).merge(level(u), 1, Integer::sum);
            }
            int from = dated.get(0).date() / 10_000;
            int to = dated.get(dated.size() - 1).date() / 10_000;
            for (int y = from; y <= to; y++) {
                Map<String, Integer> counts = perYear.getOrDefault(y, Map.of());
                Map<String, Integer> ordered = new LinkedHashMap<>();
                for (String l : LEVELS) {
                    if (counts.containsKey(l)) {
                        ordered.put(l, counts.get(l));
                    }
                }
                years.add(new FormulaReport.YearCount(y, counts.values().stream().mapToInt(Integer::intValue).sum(), ordered));
            }
        }

        Map<String, PhraseUses.Use> firstAtLevel = new LinkedHashMap<>();
        Map<String, Integer> atLevel = new HashMap<>();
        for (PhraseUses.Use u : dated) {
            firstAtLevel.putIfAbsent(level(u), u);
            atLevel.merge(level(u), 1, Integer::sum);
        }
        PhraseUses.Use national = firstAtLevel.get("national");
        List<FormulaReport.LevelFirst> levels = new ArrayList<>();
        for (String l : LEVELS) {
            PhraseUses.Use u = firstAtLevel.get(l);
            if (u != null) {
                Long lag = national == null || l.equals("national") ? null : ChronoUnit.DAYS.between(Dates.day(national.date()), Dates.day(u.date()));
                levels.add(new FormulaReport.LevelFirst(l, use(u, sightings), lag, atLevel.get(l)));
            }
        }

        Map<String, PhraseUses.Use> firstOfUnit = new LinkedHashMap<>();
        Map<String, Integer> ofUnit = new HashMap<>();
        for (PhraseUses.Use u : dated) {
            String unit = unit(u);
            if (unit != null) {
                firstOfUnit.putIfAbsent(unit, u);
                ofUnit.merge(unit, 1, Integer::sum);
            }
        }
        List<FormulaReport.UnitUse> units = new ArrayList<>();
        firstOfUnit.forEach((unit, u) -> units.add(new FormulaReport.UnitUse(u.level(), "national".equals(u.level()) ? null : u.region(),
                Dates.iso(u.date()), u.doc(), ofUnit.get(unit))));
        return new FormulaReport(phrase, key, all.size(), undated, directives.total(), first, years, levels, units, directives.hits());
    }

    /** The formulas of {@code slogans.txt} (the hand list relay linking uses, {@code org.luoshi.link}). */
    public static final List<String> KNOWN = ResourceLines.read(Formulas.class, "/org/luoshi/link/slogans.txt");

    /** A formula mentioned in a text: the stretch {@code [start, end)} and the phrase to look it up by. */
    public record Mention(int start, int end, String phrase) {
    }

    /**
     * The formulas a text mentions, not overlapping, in order: the candidates of {@link FormulaCandidates} and the
     * formulas of {@link #KNOWN}, the longer one where two overlap.
     */
    public static List<Mention> mentions(String text) {
        List<Mention> all = new ArrayList<>();
        if (text == null) {
            return all;
        }
        for (FormulaCandidates.Candidate c : FormulaCandidates.in(text)) {
            all.add(new Mention(c.start(), c.end(), c.text()));
        }
        for (String k : KNOWN) {
            for (int i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + k.length())) {
                all.add(new Mention(i, i + k.length(), k));
            }
        }
        all.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end()).thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    /** Uses by date, then document id: the order "first" is decided in. */
    static final Comparator<PhraseUses.Use> ORDER = Comparator.comparingInt(PhraseUses.Use::date)
            .thenComparing(u -> u.doc() == null ? "" : u.doc());

    /** The level code of a use, {@code unknown} without one. */
    static String level(PhraseUses.Use u) {
        return u.level() == null ? "unknown" : u.level();
    }

    /**
     * The unit of a use: its level and region (the national level is one unit whatever its region), or null when
     * neither is known.
     */
    static String unit(PhraseUses.Use u) {
        if ("national".equals(u.level())) {
            return "national";
        }
        if (u.level() == null && u.region() == null) {
            return null;
        }
        return level(u) + "|" + (u.region() == null ? "" : u.region());
    }

    private static FormulaReport.Use use(PhraseUses.Use u, Sightings sightings) {
        PhraseUses.Sighting s = sightings.of(u.doc());
        return new FormulaReport.Use(Dates.iso(u.date()), u.doc(), s == null ? null : s.title(), s == null ? null : s.source(),
                u.level(), u.region(), s == null ? null : s.sentence());
    }
}
