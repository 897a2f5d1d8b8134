package org.luoshi.track;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.model.Deadline;
import org.luoshi.model.Directive;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;
import org.luoshi.model.Quality;
import org.luoshi.model.Region;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger on a small corpus written for the purpose: a national and a provincial instruction, cities and counties
 * of the province that relay, report or do nothing, a unit with no documents, the coverage table and the period.
 */
class LedgerTest {
    static final Quality Q = new Quality("UTF-8", false, false, 0, List.of(), 0, 0, List.of(), List.of(), 0);

    @TempDir
    Path dir;

    static Extraction doc(String id, String level, List<String> path, String code, String date, String text, List<Directive> ds) {
        return new Extraction(new DocumentInfo(id, id + ".txt", "会议" + id, level, new Region(path, code), date, null, Q), List.of(), ds, text);
    }

    static Directive directive(String id, String text, Deadline deadline, List<String> addressees) {
        return new Directive(id, text, new int[] {0, text.length()}, "must", null, addressees, List.of("危险化学品"), deadline);
    }

    private Path ledger() throws Exception {
        String order = "各市要在9月底前完成危险化学品企业隐患排查整治，建立隐患清单，逐项整改到位。";
        Extraction province = doc("p", "province", List.of("山西省"), "14", "2019-06-01", order,
                List.of(directive("p#1", order, new Deadline("9月底前", "date", "2019-09-30"), List.of("各市"))));
        String general = "要牢固树立安全发展理念，坚决遏制重特大事故。";
        Extraction nation = doc("n", "national", List.of(), null, "2019-05-20", general,
                List.of(directive("n#1", general, null, List.of())));
        String relay = "各县区要在9月底前完成危险化学品企业隐患排查整治，建立隐患清单。";
        Extraction yuncheng = doc("c1", "city", List.of("山西省", "运城市"), "1408", "2019-06-05", relay,
                List.of(directive("c1#1", relay, null, List.of("各县区"))));
        String report = "截至9月底，全市共排查危险化学品企业86家，发现隐患320处，已整改到位306处。";
        Extraction taiyuan = doc("c2", "city", List.of("山西省", "太原市"), "1401", "2019-10-05", report, List.of());
        String salt = "区应急局已对辖区12家危险化学品经营单位开展了专项检查。";
        Extraction yanhu = doc("d1", "district", List.of("山西省", "运城市", "盐湖区"), "140802", "2019-07-01", salt, List.of());
        String late = "要认真做好汛期安全防范工作。";
        Extraction later = doc("p2", "province", List.of("山西省"), "14", "2021-06-01", late,
                List.of(directive("p2#1", late, null, List.of())));
        List<JsonNode> links = new ArrayList<>();
        links.add(Json.mapper().readTree("{\"from\":\"c1#1\",\"to\":\"p#1\",\"type\":\"relay\",\"score\":0.8,"
                + "\"evidence\":{\"from_passage\":\"隐患排查整治\"}}"));
        links.add(Json.mapper().readTree("{\"from\":\"c2\",\"to\":\"p\",\"type\":\"citation\",\"score\":1.0}"));
        links.add(Json.mapper().readTree("{\"from\":\"d1\",\"to\":\"p\",\"type\":\"citation\",\"score\":1.0}"));
        List<LedgerEntry> entries = new LedgerBuilder().build(List.of(nation, province, yuncheng, taiyuan, yanhu, later), links);
        List<String> lines = new ArrayList<>();
        for (LedgerEntry e : entries) {
            lines.add(Json.mapper().writeValueAsString(e));
        }
        return Files.write(dir.resolve("ledger.jsonl"), lines);
    }

    private static Map<String, LedgerRow> byDirective(List<LedgerRow> rows) {
        return rows.stream().collect(Collectors.toMap(LedgerRow::directive, r -> r));
    }

    @Test
    void statusesForTheUnitsOfTheChain() throws Exception {
        Path ledger = ledger();
        Map<String, LedgerRow> yuncheng = byDirective(LedgerQuery.forUnit(ledger, "运城市", "2019-06-20", null));
        assertEquals(LedgerRow.RELAYED, yuncheng.get("p#1").status(), "relayed; the report below it comes later");
        assertTrue(yuncheng.get("p#1").by().contains("山西省/运城市"), yuncheng.get("p#1").by().toString());
        assertEquals(LedgerRow.OPEN, yuncheng.get("n#1").status(), "the national instruction reaches every unit");
        Map<String, LedgerRow> taiyuan = byDirective(LedgerQuery.forUnit(ledger, "1401", "2019-10-31", null));
        assertEquals(LedgerRow.REPORTED_DONE, taiyuan.get("p#1").status());
        assertTrue(taiyuan.get("p#1").evidence().get(0).contains("320"), taiyuan.get("p#1").evidence().toString());
        assertEquals(LedgerRow.OVERDUE, byDirective(LedgerQuery.forUnit(ledger, "大同", "2019-10-01", null)).get("p#1").status());
        assertEquals(LedgerRow.OPEN, byDirective(LedgerQuery.forUnit(ledger, "大同", "2019-09-30", null)).get("p#1").status());
        assertTrue(LedgerQuery.forUnit(ledger, "长春市", "2019-10-01", null).stream().noneMatch(r -> r.directive().equals("p#1")),
                "another province's city does not receive it");
    }

    @Test
    void aUnitWithNoDocumentsOfItsOwnAndWorkDoneBelowIt() throws Exception {
        Path ledger = ledger();
        List<LedgerRow> wenxi = LedgerQuery.forUnit(ledger, "闻喜县", "2019-10-01", null);
        assertEquals(List.of("c1#1", "p#1", "n#1"), wenxi.stream().map(LedgerRow::directive).toList(),
                "its prefecture's order (addressed to 各县区) first, then by deadline");
        assertEquals(LedgerRow.OVERDUE, wenxi.get(1).status());
        Map<String, LedgerRow> yuncheng = byDirective(LedgerQuery.forUnit(ledger, "运城", "2019-10-01", null));
        assertEquals(LedgerRow.REPORTED_DONE, yuncheng.get("p#1").status(), "a district of the city reported it done");
        assertTrue(yuncheng.get("p#1").by().contains("山西省/运城市/盐湖区"));
    }

    @Test
    void thePeriodBoundsWhatIsListed() throws Exception {
        Path ledger = ledger();
        assertTrue(LedgerQuery.forUnit(ledger, "运城市", "2021-07-01", null).stream().allMatch(r -> r.directive().equals("p2#1")),
                "the default period is the twelve months before the date asked");
        assertEquals(3, LedgerQuery.forUnit(ledger, "运城市", "2021-07-01", "2019-01-01", null).size());
        assertTrue(LedgerQuery.forUnit(ledger, "运城市", "2019-05-30", "2019-01-01", null).stream().allMatch(r -> r.directive().equals("n#1")),
                "nothing dated after the date asked");
    }

    @Test
    void coverageOfTheUnitsBelow() throws Exception {
        LedgerQuery.Coverage c = LedgerQuery.below(ledger(), "山西省", "2019-10-31", null);
        int taiyuan = c.units().indexOf("太原市");
        int yuncheng = c.units().indexOf("运城市");
        LedgerQuery.Coverage.Row p = c.rows().stream().filter(r -> r.directive().equals("p#1")).findFirst().orElseThrow();
        assertEquals(LedgerRow.REPORTED_DONE, p.statuses().get(taiyuan));
        assertEquals(LedgerRow.REPORTED_DONE, p.statuses().get(yuncheng), "盐湖区 under 运城市 reported it");
        assertEquals(LedgerRow.OVERDUE, p.statuses().get(c.units().indexOf("大同市")));
    }

    @Test
    void unknownUnitsAreErrorsThatSuggest() {
        UnitResolver.UnknownUnit e = assertThrows(UnitResolver.UnknownUnit.class, () -> UnitResolver.resolve("运成市"));
        assertTrue(e.getMessage().contains("运城市"), e.getMessage());
        assertThrows(UnitResolver.UnknownUnit.class, () -> UnitResolver.resolve("99"));
        assertEquals("140802", UnitResolver.resolve("140802").code());
        assertEquals("1408", UnitResolver.resolve("運城").code());
        assertEquals("421122", UnitResolver.resolve("红安").code());
    }
}
