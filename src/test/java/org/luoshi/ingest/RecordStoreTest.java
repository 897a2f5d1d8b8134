package org.luoshi.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.luoshi.model.Json;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The store is independent of the order in which workers deliver records of the same document. */
class RecordStoreTest {

    private static ObjectNode record(String id, String source, String published) {
        ObjectNode r = Json.mapper().createObjectNode();
        ObjectNode doc = r.putObject("doc");
        doc.put("id", id);
        doc.put("source", source);
        doc.put("published", published);
        r.putArray("officials");
        r.putArray("directives");
        return r;
    }

    @Test
    void sameDocumentFromTwoSourcesInEitherOrder() throws Exception {
        RecordStore a = new RecordStore();
        a.add(record("d1", "x.jsonl:7", "2024-10-22"));
        a.add(record("d1", "x.jsonl:12", "2024-10-23"));
        RecordStore b = new RecordStore();
        b.add(record("d1", "x.jsonl:12", "2024-10-23"));
        b.add(record("d1", "x.jsonl:7", "2024-10-22"));
        List<String> la = a.lines();
        assertEquals(la, b.lines());
        assertEquals("x.jsonl:12", Json.mapper().readTree(la.get(0)).get("doc").get("source").asText());
        assertEquals(2, Json.mapper().readTree(la.get(0)).get("sources").size());
    }

    @Test
    void removingTheLastSourceDropsTheDocument() throws Exception {
        RecordStore s = new RecordStore();
        s.add(record("d1", "a.txt", null));
        s.add(record("d2", "b.txt", null));
        s.add(record("d2", "c.txt", null));
        s.removeSources(src -> src.equals("a.txt") || src.equals("b.txt"));
        assertEquals(List.of("d2"), List.copyOf(s.records().keySet()));
        assertEquals("c.txt", Json.mapper().readTree(s.lines().get(0)).get("doc").get("source").asText());
    }
}
