package org.luoshi.formula;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.IndexLocation;
import org.luoshi.index.SearchHit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Formulas over an ingested fixture with known dates ({@link FormulaFixture}): first uses and yearly counts equal a
 * plain scan of the items, punctuation and script variants are one phrase, and mining a year finds the formulas new
 * in it — the known formulas of slogans.txt among them.
 */
class FormulaFixtureTest {
    @TempDir
    static Path dir;
    static DirectiveSearcher searcher;

    @BeforeAll
    static void ingest() throws Exception {
        Path data = dir.resolve("data");
        FormulaFixture.ingest(dir, data);
        searcher = new DirectiveSearcher(IndexLocation.of(data));
    }

    @AfterAll
    static void close() {
        if (searcher != null) {
            searcher.close();
        }
    }

    @Test
    void firstUseAndYearlyCountsEqualAPlainScan() throws Exception {
        for (String phrase : FormulaFixture.FORMULAS) {
            List<String> dates = FormulaFixture.scan(phrase);
            assertTrue(dates.size() >= 2, phrase + " is in the fixture more than once");
            FormulaReport r = Formulas.report(searcher, phrase, 10);
            assertEquals(dates.size(), r.documents(), phrase);
            assertEquals(dates.get(0), r.first().date(), phrase);
            Map<Integer, Integer> years = new TreeMap<>();
            r.years().stream().filter(y -> y.total() > 0).forEach(y -> years.put(y.year(), y.total()));
            assertEquals(FormulaFixture.perYear(dates), years, phrase);
            for (FormulaReport.YearCount y : r.years()) {
                assertEquals(y.total(), y.levels().values().stream().mapToInt(Integer::intValue).sum(), phrase + " " + y.year());
            }
        }
    }

    @Test
    void punctuationAndScriptVariantsAreOnePhrase() throws Exception {
        FormulaReport plain = Formulas.report(searcher, "党政同责、一岗双责", 0);
        for (String variant : List.of("党政同责 一岗双责", "“党政同责”“一岗双责”", "黨政同責、一崗雙責", "党政同责，一岗双责")) {
            FormulaReport v = Formulas.report(searcher, variant, 0);
            assertEquals(plain.key(), v.key(), variant);
            assertEquals(plain.documents(), v.documents(), variant);
            assertEquals(plain.years(), v.years(), variant);
        }
        // The reversed order (一岗双责，党政同责) and either half alone are not the phrase.
        assertEquals(FormulaFixture.scan("党政同责").size() - 1, plain.documents());
    }

    @Test
    void firstUseHasItsSentenceAndDocument() throws Exception {
        FormulaReport r = Formulas.report(searcher, "时时放心不下", 10);
        assertEquals("2014-03-05", r.first().date());
        assertEquals("国务院常务会议部署安全生产工作", r.first().title());
        assertEquals("会议指出，要坚持两个至上，各级领导干部要有“时时放心不下”的责任感。", r.first().sentence());
        // Used in a title only: a use, with no sentence of the text.
        assertTrue(r.units().size() >= 2, r.units().toString());
        FormulaReport across = Formulas.report(searcher, "党政同责、一岗双责", 10);
        assertTrue(across.years().stream().anyMatch(y -> y.year() == 2016 && y.total() == 2), "the line break does not part the phrase");
    }

    @Test
    void directivesCarryingItAreListedOldestFirst() throws Exception {
        FormulaReport r = Formulas.report(searcher, "两个至上", 2);
        assertTrue(r.directives() >= 2, "directives " + r.directives());
        assertEquals(2, r.directiveHits().size());
        SearchHit first = r.directiveHits().get(0);
        assertTrue(first.date().compareTo(r.directiveHits().get(1).date()) <= 0);
        assertFalse(first.highlights().isEmpty());
        int[] h = first.highlights().get(0);
        assertEquals("两个至上", first.text().substring(h[0], h[1]));
    }

    @Test
    void levelsAreDatedAndLaggedAfterTheFirstNationalUse() throws Exception {
        FormulaReport r = Formulas.report(searcher, "两个至上", 0);
        List<String> levels = r.levels().stream().map(FormulaReport.LevelFirst::level).toList();
        assertEquals(Formulas.LEVELS.stream().filter(levels::contains).toList(), levels, "in the order of the levels");
        FormulaReport.LevelFirst national = r.levels().stream().filter(l -> l.level().equals("national")).findFirst().orElseThrow();
        assertEquals("2014-03-05", national.first().date());
        for (FormulaReport.LevelFirst l : r.levels()) {
            if (!l.level().equals("national")) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse("2014-03-05"), java.time.LocalDate.parse(l.first().date()));
                assertEquals(days, l.lagDays(), l.level());
            }
        }
    }

    @Test
    void badPhrasesAreRefusedInChinese() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Formulas.report(searcher, "“、”", 0));
        assertTrue(e.getMessage().contains("至少要有两个"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Formulas.report(searcher, "安".repeat(Formulas.MAX_CHARS + 1), 0));
    }

    @Test
    void miningFindsTheFormulasNewInAYear() throws Exception {
        FormulaMiner.Result r = FormulaMiner.mine(searcher, 2014, 1000, m -> { });
        List<String> found = shownAndLonger(r);
        assertTrue(found.contains("两个至上"), found.toString());
        assertTrue(found.contains("三管三必须"), found.toString());
        assertTrue(found.contains("全覆盖、零容忍、严执法、重实效"), found.toString());
        assertTrue(found.contains("时时放心不下"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.startsWith("党政同责")), "first used in 2013: " + found);
        assertFalse(found.contains("四不两直"), "used once, never again: " + found);
        FormulaReport exhibition = Formulas.report(searcher, "平安家园", 0);
        assertEquals(2, exhibition.documents(), "an exhibition's name, first used in 2014 and again in 2015");
        assertEquals(0, exhibition.directives());
        assertFalse(found.contains("平安家园"), "no directive carries it: news, not policy: " + found);
        FormulaMiner.Found twoFirsts = r.formulas().stream().filter(f -> f.formula().equals("两个至上")).findFirst().orElseThrow();
        assertEquals("2014-03-05", twoFirsts.firstDate());
        assertEquals(3, twoFirsts.documents12m(), "2014-03-05, 2014-07-20, 2014-11-02; 2016-02-10 is beyond 12 months");
        assertEquals(4, twoFirsts.documents());
        assertTrue(twoFirsts.directives() >= 2, twoFirsts.toString());
        for (int i = 1; i < r.formulas().size(); i++) {
            FormulaMiner.Found a = r.formulas().get(i - 1);
            FormulaMiner.Found b = r.formulas().get(i);
            assertTrue(a.units12m() > b.units12m() || a.units12m() == b.units12m() && a.documents12m() >= b.documents12m(), a + " before " + b);
        }
    }

    /**
     * Every formula of slogans.txt the fixture uses again after its first use comes out of the mining of its first
     * year: as a formula found, or as items in a row of a list found (the hand list has 齐抓共管 apart from the list
     * 党政同责、一岗双责、齐抓共管、失职追责 it is said in).
     */
    @Test
    void knownFormulasComeOutOfTheMining() throws Exception {
        int checked = 0;
        for (String known : Formulas.KNOWN) {
            List<String> dates = FormulaFixture.scan(known);
            if (dates.size() < 2 || dates.get(dates.size() - 1).equals(dates.get(0))) {
                continue;
            }
            int year = Integer.parseInt(dates.get(0).substring(0, 4));
            List<String> found = shownAndLonger(FormulaMiner.mine(searcher, year, 1000, m -> { }));
            String key = known.replaceAll("[^\\p{L}\\p{N}]", "");
            assertTrue(found.stream().anyMatch(f -> f.replaceAll("[^\\p{L}\\p{N}]", "").equals(key) || partOfList(known, f)),
                    known + " in " + year + ": " + found);
            checked++;
        }
        assertTrue(checked >= 6, "slogans of the fixture checked: " + checked);
    }

    /** Whether the items of {@code known} are items in a row of the list {@code formula}. */
    static boolean partOfList(String known, String formula) {
        return ("、" + formula + "、").contains("、" + known + "、");
    }

    private static List<String> shownAndLonger(FormulaMiner.Result r) {
        List<String> out = new ArrayList<>();
        for (FormulaMiner.Found f : r.formulas()) {
            out.add(f.formula());
            out.addAll(f.longer());
        }
        assertNotNull(r);
        return out;
    }
}
