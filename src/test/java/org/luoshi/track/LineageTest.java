package org.luoshi.track;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lineage trees from small fixtures: relays of relays nest, ledger units hang under the unit that contains them. */
class LineageTest {
    private static final Map<String, Lineage.DirectiveInfo> DIRECTIVES = Map.of(
            "n#1", new Lineage.DirectiveInfo("n#1", "要做到五到位", "national", "", null, "2019-01-01"),
            "p#1", new Lineage.DirectiveInfo("p#1", "要做到五落实、五到位", "province", "山西省", "14", "2019-01-05"),
            "c#1", new Lineage.DirectiveInfo("c#1", "要切实做到五落实", "city", "山西省/运城市", "1408", "2019-01-09"),
            "q#1", new Lineage.DirectiveInfo("q#1", "要做到五到位", "province", "吉林省", "22", "2019-01-03"));

    private static LedgerRow row(String unit, String name, String status, String deadline) {
        return new LedgerRow("n#1", "要做到五到位", "national:-", "全国", unit, name, status, deadline == null ? null : "date", deadline,
                null, "2019-01-01", null, null, null, null, List.of(), List.of());
    }

    @Test
    void relaysOfRelaysNestAndLedgerUnitsFindTheirPlace() throws Exception {
        List<Lineage.Relay> relays = List.of(new Lineage.Relay("p#1", "n#1", 0.8, "五到位"), new Lineage.Relay("c#1", "p#1", 0.7, "五落实"),
                new Lineage.Relay("q#1", "n#1", 0.9, "五到位"));
        List<LedgerRow> rows = List.of(row("province:14", "山西省 (province)", "relayed", null),
                row("county:140802", "山西省/运城市/盐湖区 (county)", "open", "2019-02-01"),
                row("city:1401", "山西省/太原市 (city)", "reported_done", null));
        Lineage.Node root = Lineage.build("n#1", DIRECTIVES::get, relays, rows, "2019-03-01");
        assertEquals("source", root.status());
        assertEquals(List.of("p#1", "q#1"), root.children().stream().map(Lineage.Node::directive).toList());
        Lineage.Node shanxi = root.children().get(0);
        assertEquals("要做到五落实、五到位", shanxi.text(), "each node keeps its own wording");
        Lineage.Node yuncheng = shanxi.children().get(0);
        assertEquals("c#1", yuncheng.directive());
        assertEquals("relayed", yuncheng.status());
        Lineage.Node yanhu = yuncheng.children().get(0);
        assertEquals("山西省/运城市/盐湖区 (county)", yanhu.unit());
        assertEquals("overdue", yanhu.status(), "open with a passed deadline is overdue as of the date asked");
        assertTrue(shanxi.children().stream().anyMatch(n -> n.unit().startsWith("山西省/太原市") && n.status().equals("reported_done")));
        assertEquals(1, root.children().stream().filter(n -> n.unit().startsWith("山西省 (")).count(), "a relaying unit is not listed twice");
        assertTrue(String.join("\n", Lineage.lines(root)).contains("└ 山西省/运城市 (city): relayed"));
    }

    @Test
    void cyclesStopAndUnknownDirectivesGiveNoTree() throws Exception {
        List<Lineage.Relay> loop = List.of(new Lineage.Relay("p#1", "n#1", 0.8, ""), new Lineage.Relay("n#1", "p#1", 0.8, ""));
        Lineage.Node root = Lineage.build("n#1", DIRECTIVES::get, loop, List.of(), "2019-03-01");
        assertEquals(1, root.children().size());
        assertTrue(root.children().get(0).children().isEmpty());
        assertNull(Lineage.build("x#9", DIRECTIVES::get, loop, List.of(), "2019-03-01"));
    }
}
