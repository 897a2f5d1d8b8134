package org.luoshi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generation holds, input by input: per input (keyed by its real path, or {@code -} for standard input) its
 * content hash, status, the documents it gave, its quarantine records (kept until the input changes) and when it was
 * processed; for a JSONL export also every item (its source key, the hash of its line and its document). Plus the
 * program version and options the generation was made with, and its totals. Written into the generation before it
 * is committed; one JSON object per input per line, so a large export stays readable.
 */
final class Manifest {
    static final String FILE = "manifest.json";

    /** One item of a JSONL export: its source ({@code file:line} or {@code file#id}), line hash, document (or null). */
    record Item(String key, String hash, String doc) {
    }

    /**
     * One input: {@code status} is {@code processed} or {@code quarantined} (nothing of it could be read);
     * {@code items} is null for a file that is one document.
     */
    record Entry(String source, String hash, String status, List<String> docs, List<Quarantined> quarantine, List<Item> items,
                 String time) {
        boolean quarantined() {
            return "quarantined".equals(status);
        }
    }

    final Map<String, Entry> entries = new TreeMap<>();
    String program;
    String options;
    int documents;
    int directives;
    int officials;

    static Manifest read(Path file) throws IOException {
        Manifest m = new Manifest();
        if (!Files.isRegularFile(file)) {
            return m;
        }
        JsonNode root = Json.mapper().readTree(file.toFile());
        m.program = text(root, "program");
        m.options = text(root, "options");
        m.documents = root.path("documents").asInt();
        m.directives = root.path("directives").asInt();
        m.officials = root.path("officials").asInt();
        for (JsonNode e : root.path("inputs")) {
            List<String> docs = new ArrayList<>();
            e.path("docs").forEach(d -> docs.add(d.asText()));
            List<Quarantined> q = new ArrayList<>();
            e.path("quarantine").forEach(x -> q.add(new Quarantined(x.path("source").asText(), x.path("stage").asText(), x.path("reason").asText())));
            List<Item> items = null;
            if (e.has("items")) {
                items = new ArrayList<>();
                for (JsonNode it : e.get("items")) {
                    items.add(new Item(it.get(0).asText(), it.get(1).asText(), it.get(2).isNull() ? null : it.get(2).asText()));
                }
            }
            String source = e.get("source").asText();
            m.entries.put(source, new Entry(source, text(e, "hash"), text(e, "status"), docs, q, items, text(e, "time")));
        }
        return m;
    }

    void write(Path file) throws IOException {
        try (AtomicFiles.Lines w = AtomicFiles.open(file)) {
            ObjectNode head = Json.mapper().createObjectNode();
            head.put("program", program);
            head.put("options", options);
            head.put("documents", documents);
            head.put("directives", directives);
            head.put("officials", officials);
            String h = Json.mapper().writeValueAsString(head);
            w.add(h.substring(0, h.length() - 1) + ",\"inputs\":[");
            int n = 0;
            for (Entry e : entries.values()) {
                w.add(Json.mapper().writeValueAsString(node(e)) + (++n < entries.size() ? "," : ""));
            }
            w.add("]}");
            w.commit();
        }
    }

    private static ObjectNode node(Entry e) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("source", e.source());
        n.put("hash", e.hash());
        n.put("status", e.status());
        ArrayNode docs = n.putArray("docs");
        e.docs().forEach(docs::add);
        if (!e.quarantine().isEmpty()) {
            ArrayNode q = n.putArray("quarantine");
            for (Quarantined x : e.quarantine()) {
                q.addObject().put("source", x.source()).put("stage", x.stage()).put("reason", x.reason());
            }
        }
        n.put("time", e.time());
        if (e.items() != null) {
            ArrayNode items = n.putArray("items");
            for (Item it : e.items()) {
                items.addArray().add(it.key()).add(it.hash()).add(it.doc());
            }
        }
        return n;
    }

    private static String text(JsonNode n, String f) {
        return n.path(f).isTextual() ? n.get(f).asText() : null;
    }
}
