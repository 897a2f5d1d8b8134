package org.luoshi.track;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Json;

import java.util.List;

/** The ledger rows of one unit as JSON ({@code {"unit","as_of","rows"}}) or CSV; shared by {@code track} and the web UI. */
public final class LedgerFormats {
    private LedgerFormats() {
    }

    public static String json(String unitQuery, List<LedgerRow> rows, String asOf) throws JsonProcessingException {
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode unit = root.putObject("unit");
        unit.put("query", unitQuery);
        unit.put("key", rows.isEmpty() ? null : rows.get(0).unit());
        unit.put("name", rows.isEmpty() ? null : rows.get(0).unitName());
        root.put("as_of", asOf);
        ArrayNode arr = root.putArray("rows");
        for (LedgerRow r : rows) {
            ObjectNode n = arr.addObject();
            n.put("directive", r.directive());
            n.put("text", r.text());
            n.put("from_unit", r.fromUnit());
            n.put("status", r.statusAsOf(asOf));
            if (r.deadlineType() == null) {
                n.putNull("deadline");
            } else {
                n.putObject("deadline").put("type", r.deadlineType()).put("value", r.deadlineValue());
            }
            ArrayNode ev = n.putArray("evidence");
            r.evidence().forEach(ev::add);
        }
        return Json.mapper().writeValueAsString(root);
    }

    public static String csv(List<LedgerRow> rows, String asOf) {
        StringBuilder b = new StringBuilder("directive,from_unit,unit,status,deadline_type,deadline_value,text\n");
        for (LedgerRow r : rows) {
            b.append(String.join(",", List.of(r.directive(), r.fromUnit(), r.unit(), r.statusAsOf(asOf),
                    r.deadlineType() == null ? "" : r.deadlineType(), r.deadlineValue() == null ? "" : r.deadlineValue(),
                    "\"" + r.text().replace("\"", "\"\"") + "\""))).append('\n');
        }
        return b.toString();
    }
}
