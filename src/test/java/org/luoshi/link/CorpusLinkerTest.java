package org.luoshi.link;

import org.junit.jupiter.api.Test;
import org.luoshi.model.Directive;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;
import org.luoshi.model.Region;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The links of a whole corpus, on documents written for the purpose (no citation between them). */
class CorpusLinkerTest {
    private static final List<String> NATIONAL = List.of(
            "各地区要立即组织对城镇燃气管道和液化石油气站点开展全面排查整治，坚决消除各类安全隐患。",
            "要严格落实企业安全生产主体责任，加大对违法违规行为的查处力度，绝不姑息。",
            "群众利益无小事，任何时候都不能拿群众生命安全做交易。",
            "要加强冬季供暖期间煤气中毒防范，做好群众宣传提醒。");
    /** Restates the first point in a way the corpus search misses (its alignment is too weak alone). */
    private static final String LOOSE = "全镇干部要牢记群众利益无小事，绝不能拿老百姓生命安全做交易。";

    private static Extraction doc(String id, String level, Region region, String date, List<String> texts) {
        List<Directive> ds = new ArrayList<>();
        for (String t : texts) {
            ds.add(new Directive(id + "#" + (ds.size() + 1), t, new int[] {0, t.length()}, "must", null, List.of(), List.of(), null));
        }
        return new Extraction(new DocumentInfo(id, id + ".txt", null, level, region, date, null, null), List.of(), ds, null);
    }

    private static List<String> relays(List<Extraction> corpus) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : new CorpusLinker().link(corpus)) {
            var n = Json.mapper().readTree(line);
            if ("relay".equals(n.path("type").asText())) {
                out.add(n.path("from").asText() + ">" + n.path("to").asText());
            }
        }
        return out;
    }

    private static List<Extraction> corpus(List<String> township) {
        Region town = new Region(List.of("山西省", "运城市", "盐湖区", "车城路街道"), "140802001");
        Region elsewhere = new Region(List.of("吉林省", "长春市", "南关区"), "220102");
        return List.of(doc("n", "national", Region.UNKNOWN, "2024-03-01", NATIONAL),
                doc("t", "township", town, "2024-03-05", township),
                doc("b", "county", elsewhere, "2024-03-06", CitedRelaysTest.BACKGROUND));
    }

    @Test
    void aDocumentThatRelaysTwoDirectivesIsComparedInFullWithWhatItRelays() throws Exception {
        List<String> relays = relays(corpus(List.of(
                "各乡镇要立即组织对城镇燃气管道和液化石油气站点开展全面排查整治，坚决消除各类安全隐患。",
                "要严格落实企业安全生产主体责任，加大对违法违规行为的查处力度，决不姑息迁就。",
                LOOSE)));
        assertTrue(relays.contains("t#1>n#1") && relays.contains("t#2>n#2"), "the corpus search finds the close ones: " + relays);
        assertTrue(relays.contains("t#3>n#3"), "the loose one is found by comparing the pair in full: " + relays);
    }

    @Test
    void oneRestatedDirectiveIsNotEnoughToCompareTheDocumentsInFull() throws Exception {
        List<String> relays = relays(corpus(List.of(
                "各乡镇要立即组织对城镇燃气管道和液化石油气站点开展全面排查整治，坚决消除各类安全隐患。",
                "要认真开展春季防火宣传，管好野外用火。",
                LOOSE)));
        assertTrue(relays.contains("t#1>n#1"), relays.toString());
        assertFalse(relays.contains("t#3>n#3"), relays.toString());
    }
}
