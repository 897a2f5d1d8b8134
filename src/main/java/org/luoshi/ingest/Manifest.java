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
 * What has been ingested: per input file its content hash, the documents it gave (or why it was quarantined) and
 * when; plus the digest of the record store it was committed with. Written last in a run, so a run killed
 * before that is redone from the previous manifest.
 */
final class Manifest {
    record Entry(String source, String hash, List<String> docs, String status, String stage, String reason, String time) {
    }

    final Map<String, Entry> entries = new TreeMap<>();
    String storeDigest;
    /** Totals of the committed store, so a run with nothing to do need not read it. */
    int documents;
    int directives;
    int officials;

    static Manifest read(Path file) throws IOException {
        Manifest m = new Manifest();
        if (!Files.isRegularFile(file)) {
            return m;
        }
        JsonNode root = Json.mapper().readTree(file.toFile());
        m.storeDigest = root.path("store_digest").isTextual() ? root.get("store_digest").asText() : null;
        m.documents = root.path("documents").asInt();
        m.directives = root.path("directives").asInt();
        m.officials = root.path("officials").asInt();
        for (JsonNode e : root.path("entries")) {
            List<String> docs = new ArrayList<>();
            e.path("docs").forEach(d -> docs.add(d.asText()));
            m.entries.put(e.get("source").asText(), new Entry(e.get("source").asText(), text(e, "hash"), docs,
                    text(e, "status"), text(e, "stage"), text(e, "reason"), text(e, "time")));
        }
        return m;
    }

    void write(Path file) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("store_digest", storeDigest);
        root.put("documents", documents);
        root.put("directives", directives);
        root.put("officials", officials);
        ArrayNode arr = root.putArray("entries");
        for (Entry e : entries.values()) {
            ObjectNode n = arr.addObject();
            n.put("source", e.source());
            n.put("hash", e.hash());
            ArrayNode docs = n.putArray("docs");
            e.docs().forEach(docs::add);
            n.put("status", e.status());
            if (e.stage() != null) {
                n.put("stage", e.stage());
                n.put("reason", e.reason());
            }
            n.put("time", e.time());
        }
        AtomicFiles.writeLines(file, List.of(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root)));
    }

    private static String text(JsonNode n, String f) {
        return n.path(f).isTextual() ? n.get(f).asText() : null;
    }
}
