package org.luoshi.formula;

import org.junit.jupiter.api.Test;
import org.luoshi.index.PhraseUses;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A report from the uses of a phrase: first use, years without gaps, levels with their lag, units, undated uses. */
class FormulasBuildTest {
    private static final PhraseUses.Directives NONE = new PhraseUses.Directives(0, List.of());

    @Test
    void spreadDownTheLevels() {
        List<PhraseUses.Use> uses = List.of(
                new PhraseUses.Use("p1", 20130912, "province", "河北省"),
                new PhraseUses.Use("n1", 20130606, "national", null),
                new PhraseUses.Use("c1", 20150101, "county", "山西省/运城市/平陆县"),
                new PhraseUses.Use("p2", 20150300, "province", "河北省"),
                new PhraseUses.Use("n2", 20130606, "national", "北京市"),
                new PhraseUses.Use("u1", 20120101, null, null),
                new PhraseUses.Use("x", 0, "city", "山西省/运城市"));
        FormulaReport r = Formulas.build("党政同责", "党政同责", uses, NONE, doc -> new PhraseUses.Sighting("标题" + doc, "src/" + doc, "句子"));
        assertEquals(7, r.documents());
        assertEquals(1, r.undated());
        assertEquals("2012-01-01", r.first().date());
        assertEquals("u1", r.first().doc());
        assertEquals("标题u1", r.first().title());
        assertEquals(List.of(2012, 2013, 2014, 2015), r.years().stream().map(FormulaReport.YearCount::year).toList(), "no gaps");
        assertEquals(Map.of("national", 2, "province", 1), r.years().get(1).levels());
        assertEquals(0, r.years().get(2).total());
        assertEquals(List.of("national", "province", "county", "unknown"), r.levels().stream().map(FormulaReport.LevelFirst::level).toList());
        assertNull(r.levels().get(0).lagDays());
        assertEquals("n1", r.levels().get(0).first().doc(), "same day: by document id");
        assertEquals(98L, r.levels().get(1).lagDays());
        assertEquals(574L, r.levels().get(2).lagDays());
        assertEquals(-522L, r.levels().get(3).lagDays(), "before the first national use");
        assertEquals(2, r.levels().get(1).documents());
        // Units: the national level is one unit; a use with neither level nor region has none.
        assertEquals(List.of("national", "province", "county"), r.units().stream().map(FormulaReport.UnitUse::level).toList());
        assertEquals(2, r.units().get(0).documents());
        assertNull(r.units().get(0).region());
        assertEquals("2013-09-12", r.units().get(1).firstDate());
        assertEquals("2015-01-01", r.units().get(2).firstDate());
        assertEquals("2015-03", Dates.iso(20150300));
    }

    @Test
    void neverUsed() {
        FormulaReport r = Formulas.build("某某", "某某", List.of(), NONE, doc -> null);
        assertNull(r.first());
        assertEquals(List.of(), r.years());
        assertEquals(List.of(), r.units());
    }
}
