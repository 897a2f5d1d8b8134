package org.luoshi.track;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.luoshi.model.Deadline;
import org.luoshi.model.Directive;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;
import org.luoshi.model.Quality;
import org.luoshi.model.Region;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ledger statuses on a small corpus written for the purpose: a province instruction and the cities that received it. */
class LedgerTest {
    static final Quality Q = new Quality("UTF-8", false, false, 0, List.of(), 0, 0, List.of(), List.of(), 0);

    static Extraction doc(String id, String level, List<String> path, String code, String date, String text, List<Directive> ds) {
        return new Extraction(new DocumentInfo(id, id + ".txt", null, level, new Region(path, code), date, null, Q), List.of(), ds, text);
    }

    static Directive directive(String id, String text, Deadline deadline) {
        return new Directive(id, text, new int[] {0, text.length()}, "must", null, List.of(), List.of("综合"), deadline);
    }

    @Test
    void relayedReportedDoneOpenAndOverdue() throws Exception {
        String order = "各市要在9月底前完成危险化学品企业隐患排查整治，建立隐患清单，逐项整改到位。";
        Extraction province = doc("p", "province", List.of("山西省"), "14", "2019-06-01", order,
                List.of(directive("p#1", order, new Deadline("9月底前", "date", "2019-09-30"))));
        String relay = "各县区要在9月底前完成危险化学品企业隐患排查整治，建立隐患清单。";
        Extraction yuncheng = doc("c1", "city", List.of("山西省", "运城市"), "1408", "2019-06-05", relay,
                List.of(directive("c1#1", relay, null)));
        String report = "全市危险化学品企业隐患排查整治已完成，建立隐患清单，共排查整改隐患320处，逐项整改到位。";
        Extraction taiyuan = doc("c2", "city", List.of("山西省", "太原市"), "1401", "2019-10-05", report, List.of());
        Extraction datong = doc("c3", "city", List.of("山西省", "大同市"), "1402", "2019-06-03", "大同市召开会议。", List.of());
        Extraction jilin = doc("c4", "city", List.of("吉林省", "长春市"), "2201", "2019-06-03", "长春市召开会议。", List.of());
        JsonNode relayLink = Json.mapper().readTree("{\"from\":\"c1#1\",\"to\":\"p#1\",\"type\":\"relay\",\"score\":0.8,"
                + "\"evidence\":{\"from_passage\":\"隐患排查整治\"}}");
        JsonNode taiyuanCites = Json.mapper().readTree("{\"from\":\"c2\",\"to\":\"p\",\"type\":\"citation\",\"score\":1.0}");
        JsonNode datongCites = Json.mapper().readTree("{\"from\":\"c3\",\"to\":\"p\",\"type\":\"citation\",\"score\":1.0}");
        JsonNode changchunCites = Json.mapper().readTree("{\"from\":\"c4\",\"to\":\"p\",\"type\":\"citation\",\"score\":1.0}");

        List<LedgerRow> rows = new LedgerBuilder().build(List.of(province, yuncheng, taiyuan, datong, jilin),
                List.of(relayLink, taiyuanCites, datongCites, changchunCites));
        Map<String, LedgerRow> byUnit = rows.stream().filter(r -> r.directive().equals("p#1"))
                .collect(Collectors.toMap(LedgerRow::unit, r -> r));
        assertEquals(LedgerRow.RELAYED, byUnit.get("city:1408").status());
        assertEquals(LedgerRow.REPORTED_DONE, byUnit.get("city:1401").status());
        assertEquals(LedgerRow.OPEN, byUnit.get("city:1402").status());
        assertEquals(LedgerRow.OPEN, byUnit.get("city:1402").statusAsOf("2019-09-30"));
        assertEquals(LedgerRow.OVERDUE, byUnit.get("city:1402").statusAsOf("2019-10-01"));
        assertEquals(null, byUnit.get("city:2201"), "another province's city does not receive it, even citing it");
        assertEquals(3, byUnit.size(), "only units the corpus shows receiving it: " + byUnit.keySet());
    }

    @Test
    void aReportOfCompletionIsNotAnInstructionToComplete() {
        assertTrue(LedgerBuilder.reportsDone("全市隐患排查整治已完成，共排查整改隐患320处。"));
        assertTrue(LedgerBuilder.reportsDone("截至目前，共排查企业1200家，发现隐患86处，均已落实到位。"));
        assertTrue(LedgerBuilder.reportsDone("对查出的问题逐项整改到位。"));
        assertFalse(LedgerBuilder.reportsDone("上海：毫不松懈 把各项防控措施落实到位"), "an exhortation");
        assertFalse(LedgerBuilder.reportsDone("要对查出的隐患逐项整改到位。"), "an instruction");
        assertFalse(LedgerBuilder.reportsDone("善于将地方党委的部署举措依法落实到位。"));
        assertFalse(LedgerBuilder.reportsDone("各地要把各项措施落实到位。"));
    }
}
