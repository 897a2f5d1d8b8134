package org.luoshi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All extraction records ingested so far, keyed by document id (a hash of the normalized text), each with the
 * sorted list of sources it came from: the same content under two names is one document with two sources.
 * Its file, {@code extractions.jsonl}, is the state the published outputs are derived from.
 */
final class RecordStore {
    private final Map<String, ObjectNode> byId = new TreeMap<>();

    static RecordStore read(Path file) throws IOException {
        RecordStore s = new RecordStore();
        if (!Files.isRegularFile(file)) {
            return s;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    ObjectNode n = (ObjectNode) Json.mapper().readTree(line);
                    s.byId.put(n.get("doc").get("id").asText(), n);
                }
            }
        }
        return s;
    }

    /** Removes every source for which {@code belongs} is true; documents left with no source are dropped. */
    void removeSources(java.util.function.Predicate<String> belongs) {
        byId.values().removeIf(n -> {
            ArrayNode sources = (ArrayNode) n.get("sources");
            List<String> keep = new ArrayList<>();
            sources.forEach(x -> {
                if (!belongs.test(x.asText())) {
                    keep.add(x.asText());
                }
            });
            setSources(n, keep);
            return keep.isEmpty();
        });
    }

    /** Adds a freshly extracted record; an existing document with the same id gains the source. */
    void add(JsonNode record) {
        ObjectNode rec = (ObjectNode) record.deepCopy();
        String id = rec.get("doc").get("id").asText();
        String source = rec.get("doc").get("source").asText();
        ObjectNode existing = byId.get(id);
        TreeSet<String> sources = new TreeSet<>();
        if (existing != null) {
            existing.get("sources").forEach(x -> sources.add(x.asText()));
        }
        sources.add(source);
        ObjectNode kept = existing != null && existing.get("doc").get("source").asText().compareTo(source) < 0 ? existing : rec;
        setSources(kept, new ArrayList<>(sources));
        byId.put(id, kept);
    }

    private static void setSources(ObjectNode n, List<String> sources) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(sources));
        ArrayNode arr = Json.mapper().createArrayNode();
        sorted.forEach(arr::add);
        n.set("sources", arr);
        if (!sorted.isEmpty()) {
            ((ObjectNode) n.get("doc")).put("source", sorted.get(0));
        }
    }

    Map<String, ObjectNode> records() {
        return byId;
    }

    /** Every record as one JSON line, in document-id order. */
    List<String> lines() throws IOException {
        List<String> out = new ArrayList<>(byId.size());
        for (ObjectNode n : byId.values()) {
            out.add(Json.mapper().writeValueAsString(n));
        }
        return out;
    }
}
