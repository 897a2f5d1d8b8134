package org.luoshi.track;

import com.fasterxml.jackson.databind.JsonNode;
import org.luoshi.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code links.jsonl} (written by ingest): the relay links for lineage trees, the links touching one document. */
public final class LinkFile {
    private LinkFile() {
    }

    /** Every relay link; an absent file has none. */
    public static List<Lineage.Relay> relays(Path links) throws IOException {
        List<Lineage.Relay> out = new ArrayList<>();
        for (JsonNode n : read(links, "\"relay\"")) {
            JsonNode ev = n.path("evidence");
            out.add(new Lineage.Relay(n.path("from").asText(), n.path("to").asText(), n.path("score").asDouble(),
                    ev.path("from_passage").asText("") + (ev.path("shared_slogans").isEmpty() ? "" : " " + ev.path("shared_slogans"))));
        }
        return out;
    }

    /**
     * The links of one document: its citations (from it), and relays from or to any of its directives
     * ({@code docid#n}). Each as read from the file.
     */
    public static List<JsonNode> ofDocument(Path links, String docId) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : read(links, docId)) {
            String from = n.path("from").asText();
            String to = n.path("to").asText("");
            if (from.equals(docId) || from.startsWith(docId + "#") || to.equals(docId) || to.startsWith(docId + "#")) {
                out.add(n);
            }
        }
        return out;
    }

    private static List<JsonNode> read(Path links, String mustContain) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.isRegularFile(links)) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(links, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.contains(mustContain)) {
                    out.add(Json.mapper().readTree(line));
                }
            }
        }
        return out;
    }
}
